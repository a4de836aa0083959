package dev.agora.platform.problem;

import org.jspecify.annotations.Nullable;

/**
 * Maps one of a service's own exceptions to its error code. A service declares these as beans in one place, so its
 * domain stays free of HTTP while every failure still gets a stable code. The {@code detail} is the given text, or
 * else the exception message, which must then be written for the API's users.
 */
public record ProblemMapping(
        Class<? extends Throwable> exception,
        ErrorCode code,
        @Nullable String detail) {

    public ProblemMapping(Class<? extends Throwable> exception, ErrorCode code) {
        this(exception, code, null);
    }

    public boolean matches(Throwable failure) {
        return exception.isInstance(failure);
    }
}
