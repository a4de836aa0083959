package dev.agora.platform.problem.servlet;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.ErrorCode;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemResolver;
import dev.agora.platform.problem.Problems;
import dev.agora.platform.problem.ResolvedProblem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Replaces Boot's error page for failures that never reach a controller (a filter, the container itself), so that
 * those answers are problem+json too.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ProblemResolver resolver;
    private final CurrentTrace trace;

    public ProblemErrorController(ProblemResolver resolver, CurrentTrace trace) {
        this.resolver = resolver;
        this.trace = trace;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ResolvedProblem resolved = failure instanceof Throwable thrown
                ? resolver.resolve(thrown)
                : byStatus(status instanceof Integer code ? code : 500);
        String traceId = trace.id();
        if (traceId == null) {
            // An error dispatch runs after the request's observation has closed its scope; it is still attached.
            traceId = ServerHttpObservationFilter.findObservationContext(request)
                    .map(CurrentTrace::idOf)
                    .orElse(null);
        }
        ProblemDetail body = Problems.of(
                resolved.code(),
                resolved.detail(),
                uri instanceof String path ? path : request.getRequestURI(),
                traceId,
                resolved.errors());
        return ResponseEntity.status(resolved.code().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static ResolvedProblem byStatus(int status) {
        ErrorCode code = PlatformErrorCodes.forStatus(status);
        return new ResolvedProblem(code, code.title() + ".", List.of());
    }
}
