package dev.agora.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What tells a retry from a new request under the same {@code Idempotency-Key}: the SHA-256 (hex) of the request as
 * the service reads it, stored instead of the request itself.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {}

    public static String of(String request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
