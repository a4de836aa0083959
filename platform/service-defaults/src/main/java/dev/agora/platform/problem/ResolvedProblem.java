package dev.agora.platform.problem;

import java.util.List;

/** What a failure means to the API's user: its code, a safe detail and, for bad input, the fields at fault. */
public record ResolvedProblem(ErrorCode code, String detail, List<InvalidField> errors) {

    public ResolvedProblem {
        errors = List.copyOf(errors);
    }

    public ResolvedProblem(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public boolean isServerFault() {
        return code.status() >= 500;
    }
}
