package dev.agora.platform.problem;

/** Codes every service can answer with, whatever its business. */
public enum PlatformErrorCode implements ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "A precondition failed"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    PlatformErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    /** The code for a failure the framework reports only by HTTP status. */
    public static ErrorCode forStatus(int status) {
        for (PlatformErrorCode code : values()) {
            if (code.status == status && code != INTERNAL_ERROR) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION_FAILED;
    }
}
