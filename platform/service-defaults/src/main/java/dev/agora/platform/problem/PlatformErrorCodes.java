package dev.agora.platform.problem;

import java.util.List;

/** Codes every service can answer with, whatever its business. */
public final class PlatformErrorCodes {

    public static final ErrorCode VALIDATION_FAILED =
            new ErrorCode("VALIDATION_FAILED", 400, "The request is not valid");
    public static final ErrorCode UNAUTHORIZED = new ErrorCode("UNAUTHORIZED", 401, "Authentication required");
    public static final ErrorCode FORBIDDEN = new ErrorCode("FORBIDDEN", 403, "Not allowed");
    public static final ErrorCode NOT_FOUND = new ErrorCode("NOT_FOUND", 404, "No such resource");
    public static final ErrorCode METHOD_NOT_ALLOWED =
            new ErrorCode("METHOD_NOT_ALLOWED", 405, "Method not allowed on this resource");
    public static final ErrorCode NOT_ACCEPTABLE = new ErrorCode("NOT_ACCEPTABLE", 406, "No acceptable representation");
    public static final ErrorCode CONFLICT =
            new ErrorCode("CONFLICT", 409, "The request conflicts with the current state");
    public static final ErrorCode PRECONDITION_FAILED =
            new ErrorCode("PRECONDITION_FAILED", 412, "A precondition failed");
    public static final ErrorCode PRECONDITION_REQUIRED =
            new ErrorCode("PRECONDITION_REQUIRED", 428, "A precondition is required");
    public static final ErrorCode PAYLOAD_TOO_LARGE =
            new ErrorCode("PAYLOAD_TOO_LARGE", 413, "The request body is too large");
    public static final ErrorCode UNSUPPORTED_MEDIA_TYPE =
            new ErrorCode("UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported media type");
    /** A creating POST's {@code Idempotency-Key} was used before for another request (dev.agora.platform.idempotency). */
    public static final ErrorCode IDEMPOTENCY_KEY_REUSED =
            new ErrorCode("IDEMPOTENCY_KEY_REUSED", 422, "Idempotency key used for another request");

    public static final ErrorCode RATE_LIMITED = new ErrorCode("RATE_LIMITED", 429, "Too many requests");
    public static final ErrorCode INTERNAL_ERROR = new ErrorCode("INTERNAL_ERROR", 500, "Internal error");
    public static final ErrorCode BAD_GATEWAY =
            new ErrorCode("BAD_GATEWAY", 502, "The service behind this path answered badly");
    public static final ErrorCode SERVICE_UNAVAILABLE =
            new ErrorCode("SERVICE_UNAVAILABLE", 503, "Service unavailable");
    public static final ErrorCode UPSTREAM_TIMEOUT =
            new ErrorCode("UPSTREAM_TIMEOUT", 504, "The service did not answer in time");

    /** The codes a bare HTTP status maps to, in order of preference. */
    private static final List<ErrorCode> BY_STATUS = List.of(
            VALIDATION_FAILED,
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            METHOD_NOT_ALLOWED,
            NOT_ACCEPTABLE,
            CONFLICT,
            PRECONDITION_FAILED,
            PRECONDITION_REQUIRED,
            PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
            RATE_LIMITED,
            BAD_GATEWAY,
            SERVICE_UNAVAILABLE,
            UPSTREAM_TIMEOUT);

    private PlatformErrorCodes() {}

    /** The code for a failure the framework reports only by HTTP status. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : BY_STATUS) {
            if (code.status() == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION_FAILED;
    }
}
