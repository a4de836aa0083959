package dev.agora.identity.adapter.in.web;

import dev.agora.identity.application.RegisterAccount;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a newcomer sends to open an account. */
public record NewAccountRequest(
        @Schema(example = "carol@agora.test")
        @NotNull
        @Size(max = EmailAddress.MAX_LENGTH)
        @Pattern(regexp = EmailAddress.PLAUSIBLE_PATTERN, message = "must be an e-mail address")
        @Nullable
        String email,

        @Schema(example = "correct horse battery staple", minLength = 12, maxLength = 128)
        @NotNull
        @Size(
                min = RegisterAccount.MIN_PASSWORD_LENGTH,
                max = RegisterAccount.MAX_PASSWORD_LENGTH,
                message = "must have 12 to 128 characters")
        @Nullable
        String password,

        @Schema(example = "Carol") @NotBlank @Size(max = Account.MAX_NAME_LENGTH) @Nullable
        String name) {

    RegisterAccount.Command toCommand() {
        if (email == null || password == null || name == null) {
            throw new IllegalStateException("validated before");
        }
        // Bean Validation counts UTF-16 units and trims only ASCII spaces: check as the domain does, in characters.
        int length = password.codePointCount(0, password.length());
        if (length < RegisterAccount.MIN_PASSWORD_LENGTH || length > RegisterAccount.MAX_PASSWORD_LENGTH) {
            throw ProblemException.invalid("password", "must have 12 to 128 characters");
        }
        if (name.strip().isEmpty()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        return new RegisterAccount.Command(new EmailAddress(email), password, name);
    }

    @Override
    public String toString() {
        return "NewAccountRequest[email=" + email + ", name=" + name + "]"; // never the password
    }
}
