package dev.agora.gateway.limits;

import dev.agora.gateway.config.EdgeProperties;
import dev.agora.gateway.edge.RequestIdFilter;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Above {@code agora.gateway.max-in-flight} requests under way, a new one is answered 503 {@code SERVICE_UNAVAILABLE}
 * with {@code Retry-After} at once, before any work is done for it: a client told to come back in a second does better
 * than one left queueing until every request times out. Live streams are not counted: they last as long as a client
 * listens, and are no load while idle. They are the paths of the stream routes ({@code agora.gateway.routes[i].stream}).
 */
public class LoadShedding implements WebFilter, Ordered {

    private final int maxInFlight;
    private final List<PathPattern> streams;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter shed;

    public LoadShedding(EdgeProperties edge, MeterRegistry meters) {
        this.maxInFlight = edge.maxInFlight();
        // Parsed as the routes' Path predicates parse them, so that a stream is recognised by the paths that route it.
        this.streams = edge.streamPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        Gauge.builder("agora.gateway.in_flight", inFlight, AtomicInteger::get)
                .description("Requests under way at the gateway (live streams apart)")
                .register(meters);
        this.shed = meters.counter("agora.gateway.rejected", "reason", "shed", "limit", "in_flight");
    }

    /**
     * After the edge's own checks (request id, access log, security headers, path and size guards), all cheap: a shed
     * request is logged and answered with the headers every response has; before security and routing.
     */
    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (streams.stream().anyMatch(stream -> stream.matches(path))) {
            return chain.filter(exchange);
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            shed.increment();
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return Mono.error(new ProblemException(
                    PlatformErrorCodes.SERVICE_UNAVAILABLE,
                    "The gateway has " + maxInFlight + " requests under way, its limit. Retry in a second."));
        }
        return chain.filter(exchange).doFinally(signal -> inFlight.decrementAndGet());
    }

    int inFlight() {
        return inFlight.get();
    }
}
