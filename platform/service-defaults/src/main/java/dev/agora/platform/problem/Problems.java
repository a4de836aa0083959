package dev.agora.platform.problem;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 body every Agora error has: type, title, status, detail, instance, code, traceId. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(
            ErrorCode code, String detail, String path, @Nullable String traceId, List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
        problem.setType(code.type());
        problem.setTitle(code.title());
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code.name());
        problem.setProperty("traceId", traceId);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
