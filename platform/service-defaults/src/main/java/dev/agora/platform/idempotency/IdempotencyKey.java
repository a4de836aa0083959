package dev.agora.platform.idempotency;

import dev.agora.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Idempotency-Key} of a creating POST: 1 to 100 characters, chosen by the client (a UUID), new for each new
 * request and sent again only to retry one. A value out of those bounds is refused as {@code VALIDATION_FAILED}, naming
 * the header.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw missing();
        }
    }

    /** The key in the header's value, as a controller receives it ({@code null} when the request has none). */
    public static IdempotencyKey of(@Nullable String header) {
        if (header == null) {
            throw missing();
        }
        return new IdempotencyKey(header);
    }

    private static ProblemException missing() {
        return ProblemException.invalid(
                HEADER,
                "is required: 1 to " + MAX_LENGTH + " characters, new for each new request (a UUID), sent again only"
                        + " to retry one");
    }
}
