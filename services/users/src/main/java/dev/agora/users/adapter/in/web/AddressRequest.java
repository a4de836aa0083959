package dev.agora.users.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agora.platform.problem.ProblemException;
import dev.agora.users.domain.AddressDetails;
import dev.agora.users.domain.FieldRejected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An address as a customer sends it, to add it or to replace it. Unknown fields are refused. */
@Schema(example = """
        {"label": "Home", "recipient": "Alice Martin", "line1": "12 rue des Lilas", "postalCode": "75011",
         "city": "Paris", "country": "FR", "default": true}""")
record AddressRequest(
        @Nullable String label,
        @NotNull String recipient,
        @NotNull String line1,
        @Nullable String line2,
        @NotNull String postalCode,
        @NotNull String city,
        @NotNull @Schema(description = "ISO 3166-1 alpha-2") String country,

        @Schema(description = "Make it the default address (the first one is, whatever this says)")
        @JsonProperty("default")
        @Nullable
        Boolean makeDefault) {

    /** The address, or a VALIDATION_FAILED naming the first field the domain refuses. */
    AddressDetails toDetails() {
        try {
            return new AddressDetails(label, recipient, line1, line2, postalCode, city, country);
        } catch (FieldRejected rejected) {
            throw ProblemException.invalid(rejected.field(), rejected.getMessage());
        }
    }

    boolean isDefault() {
        return Boolean.TRUE.equals(makeDefault);
    }
}
