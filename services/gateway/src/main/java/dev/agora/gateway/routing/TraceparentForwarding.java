package dev.agora.gateway.routing;

import dev.agora.platform.problem.CurrentTrace;
import io.micrometer.tracing.Span;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Carries the trace to the service: the request goes upstream with a {@code traceparent} naming the gateway's span of
 * that request as its parent, so the service's spans nest under it. The gateway keeps one observation per request,
 * its server's: Spring Cloud Gateway's own client observation, which would do this with a second span, is off
 * ({@code spring.cloud.gateway.server.webflux.observability.enabled}), as it cost a sixth of the gateway's CPU per
 * request (docs/adr/0027-one-span-per-request-at-the-gateway.md).
 */
@Component
class TraceparentForwarding implements HttpHeadersFilter {

    static final String HEADER = "traceparent";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(CurrentTrace::spanOf)
                .orElse(null);
        if (span == null) {
            return input;
        }
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.putAll(input); // the request's own headers are read-only
        forwarded.set(HEADER, CurrentTrace.traceparentOf(span));
        return forwarded;
    }
}
