package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;
import java.io.IOException;
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

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder routes, EdgeProperties edge) {
        return routes.routes()
                .route(
                        "identity",
                        // Identity builds its redirects (to the sign-in page and back) from the Host header: they must
                        // name the gateway, the only address a browser is given.
                        route -> toService(
                                route,
                                edge,
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
                                edge,
                                "catalog",
                                UnaryOperator.identity(),
                                "/api/products",
                                "/api/products/**",
                                "/api/categories",
                                "/api/categories/**"))
                .route(
                        "inventory",
                        route -> toService(route, edge, "inventory", UnaryOperator.identity(), "/api/inventory/**"))
                .route(
                        "payments",
                        route -> toService(
                                route, edge, "payments", UnaryOperator.identity(), "/api/payments", "/api/payments/**"))
                .route(
                        "orders",
                        route -> toService(
                                route, edge, "orders", UnaryOperator.identity(), "/api/orders", "/api/orders/**"))
                .route(
                        "notifications-stream",
                        // A live stream answers for as long as the client listens: no response timeout.
                        route -> toService(
                                route,
                                edge,
                                "notifications",
                                UnaryOperator.identity(),
                                NO_RESPONSE_TIMEOUT,
                                "/api/notifications/stream"))
                .route(
                        "notifications",
                        route ->
                                toService(route, edge, "notifications", UnaryOperator.identity(), "/api/notifications"))
                .build();
    }

    /** The paths to one service, with the route's own filters, the retry and the timeouts every route has. */
    private static Buildable<Route> toService(
            PredicateSpec route,
            EdgeProperties edge,
            String service,
            UnaryOperator<GatewayFilterSpec> ownFilters,
            String... paths) {
        return toService(route, edge, service, ownFilters, edge.routeTimeout().toMillis(), paths);
    }

    private static Buildable<Route> toService(
            PredicateSpec route,
            EdgeProperties edge,
            String service,
            UnaryOperator<GatewayFilterSpec> ownFilters,
            long responseTimeoutMillis,
            String... paths) {
        return route.path(paths)
                .filters(filters -> ownFilters.apply(filters).retry(Routes::onceOnBrokenConnection))
                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, responseTimeoutMillis)
                .metadata(
                        RouteMetadataUtils.CONNECT_TIMEOUT_ATTR,
                        edge.connectTimeout().toMillis())
                .uri(edge.service(service));
    }

    /**
     * A pooled connection the service has meanwhile dropped (it restarted, or crashed) fails the next request sent on
     * it: a read-only request is retried once, on a new connection, rather than failing the client. Not a timeout: a
     * slow service must not get every slow request twice.
     */
    private static void onceOnBrokenConnection(RetryGatewayFilterFactory.RetryConfig retry) {
        retry.setRetries(1)
                .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                .setSeries()
                .setExceptions(IOException.class);
    }
}
