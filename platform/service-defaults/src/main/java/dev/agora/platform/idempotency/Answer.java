package dev.agora.platform.idempotency;

import java.util.Objects;

/**
 * What a creating request was answered, kept under its key and replayed as it was to a retry.
 *
 * @param status the HTTP status (201 Created, 202 Accepted)
 * @param location the {@code Location} of what was created
 * @param body the response body, as sent
 */
public record Answer(int status, String location, String body) {

    public Answer {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("Only a success is remembered, a failure releases the key: " + status);
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }
}
