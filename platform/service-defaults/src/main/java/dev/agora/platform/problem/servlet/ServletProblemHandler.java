package dev.agora.platform.problem.servlet;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.InvalidField;
import dev.agora.platform.problem.ProblemResolver;
import dev.agora.platform.problem.Problems;
import dev.agora.platform.problem.ResolvedProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.ServerHttpObservationFilter;

/** Answers every failure raised in a controller with a problem+json body; last in line, after any service advice. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServletProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ServletProblemHandler.class);

    private final ProblemResolver resolver;
    private final CurrentTrace trace;

    public ServletProblemHandler(ProblemResolver resolver, CurrentTrace trace) {
        this.resolver = resolver;
        this.trace = trace;
    }

    @ExceptionHandler(Throwable.class)
    ResponseEntity<ProblemDetail> handle(Throwable failure, HttpServletRequest request) {
        ResolvedProblem resolved = failure instanceof MissingServletRequestParameterException missing
                ? ProblemResolver.invalid(List.of(new InvalidField(missing.getParameterName(), "is required")))
                : resolver.resolve(failure);
        if (resolved.isServerFault()) {
            // A handled exception is not one the request's observation sees: tell it, and mark its span failed.
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> CurrentTrace.markFailed(context, failure));
            log.atError()
                    .setCause(failure)
                    .addKeyValue("code", resolved.code().name())
                    .addKeyValue("path", request.getRequestURI())
                    .log("Request failed");
        }
        HttpHeaders headers = new HttpHeaders();
        if (failure instanceof ErrorResponse response) {
            headers.addAll(response.getHeaders());
        }
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail body =
                Problems.of(resolved.code(), resolved.detail(), request.getRequestURI(), trace.id(), resolved.errors());
        return ResponseEntity.status(resolved.code().status()).headers(headers).body(body);
    }
}
