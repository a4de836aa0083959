package dev.agora.gateway.edge;

import dev.agora.platform.problem.CurrentTrace;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One structured log line per request: method, path, status, duration, request id and the upstream that answered
 * ({@code none} when the gateway answered itself). It is written as the response starts, because only then is the
 * status known for every request, including those the error handler answers after the filters have run. The request's
 * span is brought back into scope for the line, so that it carries the trace id.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("dev.agora.gateway.access");

    private final CurrentTrace trace;

    public AccessLogFilter(CurrentTrace trace) {
        this.trace = trace;
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        exchange.getResponse()
                .beforeCommit(() -> Mono.fromRunnable(() -> trace.inScopeOf(
                        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                                .map(CurrentTrace::spanOf)
                                .orElse(null),
                        () -> write(exchange, start))));
        return chain.filter(exchange);
    }

    private static void write(ServerWebExchange exchange, long start) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (status != null
                && status.is2xxSuccessful()
                && exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return; // probes every few seconds would drown the lines that matter; a failing probe is still logged
        }
        URI upstream = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        log.atInfo()
                .addKeyValue("method", exchange.getRequest().getMethod().name())
                .addKeyValue("path", exchange.getRequest().getPath().value())
                .addKeyValue("status", status == null ? 0 : status.value())
                .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                .addKeyValue("requestId", requestId)
                .addKeyValue(
                        "upstream", upstream == null ? "none" : upstream.getScheme() + "://" + upstream.getAuthority())
                .log("access");
    }
}
