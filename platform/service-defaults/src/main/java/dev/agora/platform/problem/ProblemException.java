package dev.agora.platform.problem;

import java.util.List;

/**
 * A failure that already knows its code, thrown by adapters (a domain throws its own exceptions, mapped with
 * {@link ProblemMapping}).
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final List<InvalidField> errors;

    public ProblemException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemException(ErrorCode code, String detail, List<InvalidField> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                PlatformErrorCodes.VALIDATION_FAILED,
                "The request has an invalid value.",
                List.of(new InvalidField(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
