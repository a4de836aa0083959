package dev.agora.mobilebff.application.port;

import org.jspecify.annotations.Nullable;

/**
 * A service refused the request, in its own words: the stable code of its problem answer ({@code ORDER_NOT_FOUND},
 * {@code IDEMPOTENCY_KEY_REUSED}, {@code UNAUTHORIZED}, ...; docs/errors.md), which the mobile app is given as it is.
 */
public final class ServiceRefused extends RuntimeException {

    private final String code;
    private final int status;
    private final @Nullable String field;

    public ServiceRefused(String code, int status, String detail, @Nullable String field) {
        super(detail);
        this.code = code;
        this.status = status;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The HTTP status it came with. */
    public int status() {
        return status;
    }

    /** The first field it blames, for a {@code VALIDATION_FAILED}. */
    public @Nullable String field() {
        return field;
    }
}
