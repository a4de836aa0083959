package dev.agora.gateway.limits;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every routed request takes a token from its caller's bucket: the signed-in user's, or the client address's when the
 * call is anonymous, so that one caller flooding uses up only its own bucket. Sign-in attempts have a stricter bucket
 * per address. A request that finds the bucket empty gets 429 {@code RATE_LIMITED} with {@code Retry-After}; every
 * response says where the caller stands ({@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset}).
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";

    /** Identity's sign-in form, reached through the gateway. */
    static final String SIGN_IN = "/login";

    private final RateLimitProperties properties;
    private final Buckets buckets;
    private final MeterRegistry meters;

    public RateLimitFilter(RateLimitProperties properties, Buckets buckets, MeterRegistry meters) {
        this.properties = properties;
        this.buckets = buckets;
        this.meters = meters;
    }

    /** Before the route's own filters: a retried request is one request, not one per attempt. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        return bucketOf(exchange)
                .flatMap(bucket -> buckets.take(bucket.key(), bucket.limit()).flatMap(verdict -> {
                    ServerHttpResponse response = exchange.getResponse();
                    response.beforeCommit(() -> {
                        HttpHeaders headers = response.getHeaders();
                        headers.set(LIMIT, String.valueOf(verdict.limit()));
                        headers.set(REMAINING, String.valueOf(verdict.remaining()));
                        headers.set(RESET, String.valueOf(wholeSeconds(verdict.untilFull())));
                        return Mono.empty();
                    });
                    if (verdict.allowed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfter = Math.max(1, wholeSeconds(verdict.untilNext()));
                    response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
                    meters.counter("agora.gateway.rejected", "reason", "rate_limited", "limit", bucket.name())
                            .increment();
                    return Mono.error(new ProblemException(
                            PlatformErrorCodes.RATE_LIMITED,
                            "Too many requests: " + describe(bucket) + ". Retry after " + retryAfter + " s."));
                }));
    }

    private record Bucket(String name, String key, RateLimit limit) {}

    private Mono<Bucket> bucketOf(ServerWebExchange exchange) {
        String address = "ip:" + clientAddress(exchange);
        if (exchange.getRequest().getMethod() == HttpMethod.POST
                && exchange.getRequest().getPath().value().equals(SIGN_IN)) {
            return Mono.just(new Bucket("login", "login:" + address, properties.login()));
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        RateLimit own = route == null ? null : properties.routes().get(route.getId());
        String name = own == null ? "caller" : route.getId();
        RateLimit limit = own == null ? properties.perCaller() : own;
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication signedIn && signedIn.isAuthenticated())
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty(address)
                .map(caller -> new Bucket(name, name + ":" + caller, limit));
    }

    private static String describe(Bucket bucket) {
        RateLimit limit = bucket.limit();
        String who = bucket.name().equals("login") ? "sign-in attempts from one address" : "requests per caller";
        return limit.requests() + " " + who + " every "
                + limit.per().toString().substring(2).toLowerCase() + ", up to " + limit.burst() + " at once";
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    private static long wholeSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
