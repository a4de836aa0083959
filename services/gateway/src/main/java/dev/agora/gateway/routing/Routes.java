package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The public API: one route per entry of {@code agora.gateway.routes}, in their order, each to the service it names.
 * Nothing else is routed: a service's {@code /actuator}, its gRPC port and any path not configured stay unreachable
 * from outside.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    /** Spring Cloud Gateway's value for "wait as long as the response lasts". */
    private static final long NO_RESPONSE_TIMEOUT = -1;

    /** Each pause before a retry is drawn within half of itself either way. */
    private static final double JITTER = 0.5;

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder routes, EdgeProperties edge, OutboundCalls calls, MeterRegistry meters) {
        Upstreams upstreams = new Upstreams(edge, calls, meters, new HashMap<>());
        RouteLocatorBuilder.Builder publicApi = routes.routes();
        for (EdgeProperties.Route route : edge.routes()) {
            publicApi.route(
                    route.id(),
                    spec -> route.stream() ? toStream(spec, upstreams, route) : toService(spec, upstreams, route));
        }
        return publicApi.build();
    }

    /** The paths to one service, with the route's own filters and the guards every route has. */
    private static Buildable<Route> toService(PredicateSpec spec, Upstreams upstreams, EdgeProperties.Route route) {
        OutboundCall calls = upstreams.calls(route);
        return spec.path(route.paths().toArray(String[]::new))
                // The guard around the retries: a request answered by another instance after one failed is a success
                // for the service's breaker; only a request that fails in the end counts against it.
                .filters(filters -> ownFilters(filters, route)
                        .filter(new UpstreamGuard(
                                calls, upstreams.limit(route.service(), calls), upstreams.shed(route)))
                        .retry(retry -> onBrokenConnection(retry, calls.policy())))
                .metadata(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                        calls.deadline().toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, upstreams.connectTimeoutMillis())
                .uri(upstreams.uri(route.service()));
    }

    /** A live stream: no deadline, no retry, no breaker; it answers for as long as the client listens. */
    private static Buildable<Route> toStream(PredicateSpec spec, Upstreams upstreams, EdgeProperties.Route route) {
        return spec.path(route.paths().toArray(String[]::new))
                .filters(filters -> ownFilters(filters, route))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, NO_RESPONSE_TIMEOUT)
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, upstreams.connectTimeoutMillis())
                .uri(upstreams.uri(route.service()));
    }

    /** What the route asks for of itself: a service that builds addresses from the Host header keeps the gateway's. */
    private static GatewayFilterSpec ownFilters(GatewayFilterSpec filters, EdgeProperties.Route route) {
        return route.preserveHost() ? filters.preserveHostHeader() : filters;
    }

    /**
     * A connection that fails (the service restarted, crashed, or one of its instances is gone) fails the attempt: a
     * read-only request is tried again, on a new connection and through the load balancer (so on the next instance),
     * up to the policy's attempts with jittered backoff. Not a timeout: a slow service must not get every slow request
     * three times. Retries happen here only, not in the client.
     */
    private static void onBrokenConnection(RetryGatewayFilterFactory.RetryConfig retry, CallPolicy policy) {
        Duration first = policy.retry().firstBackoff();
        retry.setRetries(policy.retry().attempts() - 1)
                .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                .setSeries()
                .setExceptions(IOException.class)
                .setBackoff(first, first.multipliedBy(4), 2, false)
                .setJitter(JITTER);
    }

    /** Where each service answers, the guarded calls to it, and its concurrency limit (one for all its routes). */
    private record Upstreams(
            EdgeProperties edge, OutboundCalls calls, MeterRegistry meters, Map<String, ConcurrencyLimit> limits) {

        OutboundCall calls(EdgeProperties.Route route) {
            return calls.to(route.service(), route.callPolicy(), UpstreamGuard::isFailure, failure -> false);
        }

        ConcurrencyLimit limit(String service, OutboundCall calls) {
            return limits.computeIfAbsent(service, name -> {
                ConcurrencyLimit limit = new ConcurrencyLimit(
                        edge.upstreamConcurrency(), calls.policy().maxConcurrentCalls());
                Gauge.builder("agora.gateway.upstream.concurrency_limit", limit, ConcurrencyLimit::limit)
                        .description("Requests the gateway gives this service at once, adapted to its answers")
                        .tag("service", name)
                        .register(meters);
                // One breaker per service (OutboundCalls): closing after its probes, it says the service is well again.
                calls.breaker().getEventPublisher().onStateTransition(event -> {
                    if (event.getStateTransition() == CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED) {
                        limit.restart();
                    }
                });
                return limit;
            });
        }

        Counter shed(EdgeProperties.Route route) {
            return Counter.builder("agora.gateway.upstream.shed")
                    .description("Requests refused because their service had as many as it answers in time")
                    .tag("service", route.service())
                    .register(meters);
        }

        URI uri(String service) {
            return edge.service(service);
        }

        long connectTimeoutMillis() {
            return edge.connectTimeout().toMillis();
        }
    }
}
