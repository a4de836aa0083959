package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;
import java.io.IOException;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
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

    @Bean
    RouteLocator publicApi(RouteLocatorBuilder routes, EdgeProperties edge) {
        long timeoutMillis = edge.routeTimeout().toMillis();
        long connectMillis = edge.connectTimeout().toMillis();
        return routes.routes()
                .route(
                        "identity",
                        route -> route.path(
                                        "/api/accounts",
                                        "/api/accounts/**",
                                        "/api/me",
                                        "/api/signing-keys",
                                        "/oauth2/**",
                                        "/login",
                                        "/logout",
                                        "/userinfo",
                                        "/connect/**",
                                        "/.well-known/**")
                                // Identity builds its redirects (to the sign-in page and back) from the Host header:
                                // they must name the gateway, the only address a browser is given.
                                .filters(filters -> filters.preserveHostHeader().retry(Routes::onceOnBrokenConnection))
                                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeoutMillis)
                                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, connectMillis)
                                .uri(edge.service("identity")))
                .route(
                        "catalog",
                        route -> route.path(
                                        "/api/products", "/api/products/**", "/api/categories", "/api/categories/**")
                                .filters(filters -> filters.retry(Routes::onceOnBrokenConnection))
                                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeoutMillis)
                                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, connectMillis)
                                .uri(edge.service("catalog")))
                .route(
                        "inventory",
                        route -> route.path("/api/inventory/**")
                                .filters(filters -> filters.retry(Routes::onceOnBrokenConnection))
                                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, timeoutMillis)
                                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, connectMillis)
                                .uri(edge.service("inventory")))
                .build();
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
