package dev.agora.users.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An address as the API shows it; {@code version} is also its ETag. */
record AddressResponse(
        UUID id,
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        @JsonProperty("default") boolean isDefault,
        long version) {

    static AddressResponse of(Address address) {
        AddressDetails details = address.details();
        return new AddressResponse(
                address.id(),
                details.label(),
                details.recipient(),
                details.line1(),
                details.line2(),
                details.postalCode(),
                details.city(),
                details.country(),
                address.isDefault(),
                address.version());
    }
}
