package dev.agora.gateway.routing;

import dev.agora.gateway.edge.RequestIdFilter;
import dev.agora.platform.problem.CurrentTrace;
import io.micrometer.tracing.Span;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the gateway adds to a request it sends to a service, in the one copy of the headers that routing makes anyway:
 * <ul>
 *   <li>{@code X-Request-Id}: the request's id ({@link RequestIdFilter}), replacing a malformed one the client sent;
 *   <li>{@code traceparent}: the gateway's span of that request as the parent, so the service's spans nest under it.
 *       The gateway keeps one observation per request, its server's: Spring Cloud Gateway's own client observation,
 *       which would carry the trace with a second span, is off (docs/adr/0027-one-span-per-request-at-the-gateway.md).
 * </ul>
 */
@Component
class UpstreamHeaders implements HttpHeadersFilter {

    static final String TRACEPARENT = "traceparent";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders upstream = new HttpHeaders();
        upstream.putAll(input); // the request's own headers are read-only
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            upstream.set(RequestIdFilter.HEADER, requestId);
        }
        Span span = spanOf(exchange);
        if (span != null) {
            upstream.set(TRACEPARENT, CurrentTrace.traceparentOf(span));
        }
        return upstream;
    }

    private static @Nullable Span spanOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(CurrentTrace::spanOf)
                .orElse(null);
    }
}
