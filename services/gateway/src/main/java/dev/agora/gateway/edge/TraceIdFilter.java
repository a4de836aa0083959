package dev.agora.gateway.edge;

import dev.agora.platform.problem.CurrentTrace;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers every request with {@code X-Trace-Id}: the trace the request began (or continued, from the client's
 * {@code traceparent}), the same id as in a problem's {@code traceId}, in every service's log lines and in Zipkin.
 * Set as the response commits, so that errors, rejections and shed requests carry it too.
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Trace-Id";

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                    .map(CurrentTrace::idOf)
                    .ifPresent(traceId -> exchange.getResponse().getHeaders().set(HEADER, traceId));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
