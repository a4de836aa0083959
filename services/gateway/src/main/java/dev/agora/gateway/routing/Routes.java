package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
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
 * The public API, path by path, and the service behind each path. Nothing else is routed: a service's
 * {@code /actuator}, its gRPC port and any path not listed here stay unreachable from outside.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    /** Spring Cloud Gateway's value for "wait as long as the response lasts". */
    private static final long NO_RESPONSE_TIMEOUT = -1;

    /** The call policy of every route (agora.resilience.calls.http-route): deadline, retries, breaker, bulkhead. */
    static final String CALL_TYPE = "http-route";

    /**
     * Identity's routes (agora.resilience.calls.identity-route): signing in hashes a password with Argon2id, slow on
     * purpose, so an answer counts as slow later than for the other services.
     */
    static final String IDENTITY_CALL_TYPE = "identity-route";

    /** Each pause before a retry is drawn within half of itself either way. */
    private static final double JITTER = 0.5;

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder routes, EdgeProperties edge, OutboundCalls calls) {
        Upstreams upstreams = new Upstreams(edge, calls);
        return routes.routes()
                .route(
                        "identity",
                        // Identity builds its redirects (to the sign-in page and back) from the Host header: they must
                        // name the gateway, the only address a browser is given.
                        route -> toService(
                                route,
                                upstreams,
                                "identity",
                                GatewayFilterSpec::preserveHostHeader,
                                "/api/accounts",
                                "/api/accounts/**",
                                "/api/me",
                                "/api/signing-keys",
                                "/oauth2/**",
                                "/login",
                                "/logout",
                                "/userinfo",
                                "/connect/**",
                                "/.well-known/**"))
                .route(
                        "catalog",
                        route -> toService(
                                route,
                                upstreams,
                                "catalog",
                                UnaryOperator.identity(),
                                "/api/products",
                                "/api/products/**",
                                "/api/categories",
                                "/api/categories/**"))
                .route(
                        "inventory",
                        route ->
                                toService(route, upstreams, "inventory", UnaryOperator.identity(), "/api/inventory/**"))
                .route(
                        "payments",
                        route -> toService(
                                route,
                                upstreams,
                                "payments",
                                UnaryOperator.identity(),
                                "/api/payments",
                                "/api/payments/**"))
                .route(
                        "orders",
                        route -> toService(
                                route, upstreams, "orders", UnaryOperator.identity(), "/api/orders", "/api/orders/**"))
                .route(
                        "notifications-stream",
                        route -> toStream(route, upstreams, "notifications", "/api/notifications/stream"))
                .route(
                        "notifications",
                        route -> toService(
                                route, upstreams, "notifications", UnaryOperator.identity(), "/api/notifications"))
                .build();
    }

    /** The paths to one service, with the route's own filters and the guards every route has. */
    private static Buildable<Route> toService(
            PredicateSpec route,
            Upstreams upstreams,
            String service,
            UnaryOperator<GatewayFilterSpec> ownFilters,
            String... paths) {
        OutboundCall calls = upstreams.calls(service);
        return route.path(paths)
                // The guard around the retries: a request answered by another instance after one failed is a success
                // for the service's breaker; only a request that fails in the end counts against it.
                .filters(filters -> ownFilters
                        .apply(filters)
                        .filter(new UpstreamGuard(calls))
                        .retry(retry -> onBrokenConnection(retry, calls.policy())))
                .metadata(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                        calls.deadline().toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, upstreams.connectTimeoutMillis())
                .uri(upstreams.uri(service));
    }

    /** A live stream: no deadline, no retry, no breaker; it answers for as long as the client listens. */
    private static Buildable<Route> toStream(
            PredicateSpec route, Upstreams upstreams, String service, String... paths) {
        return route.path(paths)
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, NO_RESPONSE_TIMEOUT)
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, upstreams.connectTimeoutMillis())
                .uri(upstreams.uri(service));
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

    /** Where each service answers and the guarded calls to it. */
    private record Upstreams(EdgeProperties edge, OutboundCalls calls) {

        OutboundCall calls(String service) {
            String type = service.equals("identity") ? IDENTITY_CALL_TYPE : CALL_TYPE;
            return calls.to(service, type, UpstreamGuard::isFailure, failure -> false);
        }

        URI uri(String service) {
            return edge.service(service);
        }

        long connectTimeoutMillis() {
            return edge.connectTimeout().toMillis();
        }
    }
}
