package dev.agora.platform.problem.reactive;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.ProblemResolver;
import dev.agora.platform.problem.Problems;
import dev.agora.platform.problem.ResolvedProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every failure on the reactive stack (the gateway) with a problem+json body; runs before Boot's own
 * handler, which would answer with its own JSON shape.
 */
public class ReactiveProblemHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ReactiveProblemHandler.class);

    private final ProblemResolver resolver;
    private final CurrentTrace trace;
    private final JsonMapper json;

    public ReactiveProblemHandler(ProblemResolver resolver, CurrentTrace trace, JsonMapper json) {
        this.resolver = resolver;
        this.trace = trace;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ResolvedProblem resolved = resolver.resolve(failure);
        String path = exchange.getRequest().getPath().value();
        if (resolved.isServerFault()) {
            // A handled exception is not one the request's observation sees: tell it, and mark its span failed.
            ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .ifPresent(context -> CurrentTrace.markFailed(context, failure));
            log.atWarn()
                    .setCause(resolved.code().status() == 500 ? failure : null)
                    .addKeyValue("code", resolved.code().name())
                    .addKeyValue("path", path)
                    .log("Request failed: {}", resolved.detail());
        }
        String traceId = trace.id();
        if (traceId == null) {
            // With limited context propagation the span is not on this thread; the exchange still holds it.
            traceId = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .map(CurrentTrace::idOf)
                    .orElse(null);
        }
        ProblemDetail problem = Problems.of(resolved.code(), resolved.detail(), path, traceId, resolved.errors());
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        if (failure instanceof ErrorResponse errorResponse) {
            errorResponse
                    .getHeaders()
                    .forEach((name, values) -> response.getHeaders().put(name, values));
        }
        // Headers an upstream sent before failing would describe a body this is not.
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(Problems.asMap(problem)));
        return response.writeWith(Mono.just(body));
    }
}
