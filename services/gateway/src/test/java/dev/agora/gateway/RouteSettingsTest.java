package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.gateway.config.EdgeProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The routes are configuration ({@code agora.gateway.routes}): one the gateway cannot follow stops it at start-up with
 * the route and the property to set; the kubernetes profile has the public API, the default configuration none.
 */
class RouteSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EdgeProperties.class)
    static class Settings {}

    private final ApplicationContextRunner gateway =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void binds_the_routes_in_their_order_with_their_defaults() {
        gateway.withPropertyValues(pairs(routing(TestRoutes.PUBLIC_API))).run(context -> {
            EdgeProperties edge = context.getBean(EdgeProperties.class);
            assertThat(edge.routes()).containsExactlyElementsOf(TestRoutes.PUBLIC_API);
            assertThat(edge.routedServices())
                    .containsExactly(
                            "identity",
                            "reviews",
                            "catalog",
                            "users",
                            "inventory",
                            "payments",
                            "orders",
                            "notifications",
                            "storefront",
                            "mobile-bff");
            assertThat(edge.apiServices())
                    .as("the services whose OpenAPI documents make the gateway's: not the storefront's pages, nor the"
                            + " mobile BFF's GraphQL")
                    .containsExactly(
                            "identity",
                            "reviews",
                            "catalog",
                            "users",
                            "inventory",
                            "payments",
                            "orders",
                            "notifications");
            assertThat(edge.streamPaths())
                    .containsExactly("/api/notifications/stream", "/orders/*/live", "/mobile/graphql/stream");
        });
        gateway.withPropertyValues(
                        "agora.gateway.routes[0].id=catalog",
                        "agora.gateway.routes[0].service=catalog",
                        "agora.gateway.routes[0].paths=/api/products,/api/products/**",
                        "agora.gateway.services.catalog=http://127.0.0.1:8081")
                .run(context -> assertThat(context.getBean(EdgeProperties.class).routes())
                        .containsExactly(TestRoutes.to("catalog", "/api/products", "/api/products/**")));
    }

    @Test
    void a_route_to_a_service_without_an_address_stops_the_gateway() {
        List<EdgeProperties.Route> routes = new ArrayList<>(TestRoutes.PUBLIC_API);
        routes.add(TestRoutes.to("ledger", "/api/ledger/**"));
        Map<String, String> properties = routing(routes);
        properties.remove("agora.gateway.services.ledger");
        int last = routes.size() - 1;

        assertStartUpFails(
                properties,
                "Route 'ledger' (agora.gateway.routes[" + last + "]) goes to service 'ledger', which has no address:"
                        + " set agora.gateway.services.ledger (for example http://127.0.0.1:8081), or correct"
                        + " agora.gateway.routes[" + last + "].service");
    }

    @Test
    void a_route_without_paths_stops_the_gateway() {
        assertStartUpFails(
                without("agora.gateway.routes[2].paths"),
                "Route 'catalog' (agora.gateway.routes[2]) has no paths: set agora.gateway.routes[2].paths"
                        + " (for example /api/orders,/api/orders/**)");
        assertStartUpFails(
                with("agora.gateway.routes[2].paths", "api/products"),
                "Route 'catalog' (agora.gateway.routes[2]) has the path 'api/products', which does not start with"
                        + " '/': correct agora.gateway.routes[2].paths");
    }

    @Test
    void a_route_without_an_id_or_a_service_or_with_the_id_of_another_stops_the_gateway() {
        assertStartUpFails(
                without("agora.gateway.routes[2].id"),
                "The route at agora.gateway.routes[2] has no id: set agora.gateway.routes[2].id");
        assertStartUpFails(
                with("agora.gateway.routes[3].id", "catalog"),
                "Route 'catalog' (agora.gateway.routes[3]) has the id of an earlier route: give"
                        + " agora.gateway.routes[3].id a name of its own");
        assertStartUpFails(
                without("agora.gateway.routes[6].service"),
                "Route 'orders' (agora.gateway.routes[6]) names no service: set agora.gateway.routes[6].service");
    }

    @Test
    void two_routes_to_one_service_under_different_call_policies_stop_the_gateway() {
        List<EdgeProperties.Route> routes = new ArrayList<>(TestRoutes.PUBLIC_API);
        routes.add(new EdgeProperties.Route("sign-in", "identity", List.of("/sign-in"), false, false, "http-route"));
        int last = routes.size() - 1;

        assertStartUpFails(
                routing(routes),
                "Route 'sign-in' (agora.gateway.routes[" + last + "]) calls 'identity' under the policy 'http-route',"
                        + " an earlier route to it under 'identity-route': set agora.gateway.routes[" + last
                        + "].call-policy to identity-route");
    }

    @Test
    void the_default_configuration_has_no_routes_and_says_who_gives_them() {
        gateway.withInitializer(new ConfigDataApplicationContextInitializer())
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessage(
                                "No routes: set agora.gateway.routes[0].id, .service and .paths (./agora up passes them,"
                                        + " the kubernetes profile has them)"));
    }

    @Test
    void the_kubernetes_profile_routes_the_public_api_to_the_services_of_the_cluster() {
        gateway.withPropertyValues("spring.profiles.active=kubernetes")
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .run(context -> {
                    EdgeProperties edge = context.getBean(EdgeProperties.class);
                    assertThat(edge.routes())
                            .extracting(EdgeProperties.Route::id)
                            .containsExactly(
                                    "identity",
                                    "reviews",
                                    "catalog",
                                    "users",
                                    "inventory",
                                    "payments",
                                    "orders",
                                    "notifications-stream",
                                    "notifications",
                                    "storefront-live",
                                    "storefront",
                                    "mobile-bff-stream",
                                    "mobile-bff");
                    for (String service : edge.routedServices()) {
                        assertThat(edge.service(service).getHost()).isEqualTo(service);
                    }
                });
    }

    /** The properties of {@code routes}, every service answering at one address: changed by a test, then passed. */
    private static Map<String, String> routing(List<EdgeProperties.Route> routes) {
        return TestRoutes.properties(routes, service -> "http://127.0.0.1:1");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> properties = routing(TestRoutes.PUBLIC_API);
        properties.put(name, value);
        return properties;
    }

    private static Map<String, String> without(String name) {
        Map<String, String> properties = routing(TestRoutes.PUBLIC_API);
        properties.remove(name);
        return properties;
    }

    private static String[] pairs(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }

    private void assertStartUpFails(Map<String, String> properties, String message) {
        gateway.withPropertyValues(pairs(properties))
                .run(context -> assertThat(context).getFailure().rootCause().hasMessage(message));
    }
}
