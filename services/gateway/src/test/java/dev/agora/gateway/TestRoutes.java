package dev.agora.gateway;

import dev.agora.gateway.config.EdgeProperties.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The routes a test gateway is given, as properties the way {@code ./agora up} passes them (paths comma-separated), and
 * where each routed service answers.
 */
final class TestRoutes {

    /**
     * The public API, as the gateway's kubernetes profile lists it (the build checks that list against the launcher's
     * service table, which ./agora up passes).
     */
    static final List<Route> PUBLIC_API = kubernetesRoutes();

    private TestRoutes() {}

    private static List<Route> kubernetesRoutes() {
        try {
            for (PropertySource<?> document :
                    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
                if ("kubernetes".equals(document.getProperty("spring.config.activate.on-profile"))) {
                    return new Binder(ConfigurationPropertySources.from(document))
                            .bind("agora.gateway.routes", Bindable.listOf(Route.class))
                            .get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("application.yml has no kubernetes profile");
    }

    /** A route named after its service, with the default settings. */
    static Route to(String service, String... paths) {
        return new Route(service, service, List.of(paths), false, false, "http-route");
    }

    /** The public API, every service of it answering at {@code url}: a test whose stand-in plays them all. */
    static void routeEveryService(DynamicPropertyRegistry registry, String url) {
        register(registry, PUBLIC_API, service -> url);
    }

    static void register(DynamicPropertyRegistry registry, List<Route> routes, Function<String, String> addressOf) {
        properties(routes, addressOf).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** {@code routes} in their order and the address of each service they go to, by property name, in a new map. */
    static Map<String, String> properties(List<Route> routes, Function<String, String> addressOf) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            String prefix = "agora.gateway.routes[" + i + "].";
            properties.put(prefix + "id", route.id());
            properties.put(prefix + "service", route.service());
            properties.put(prefix + "paths", String.join(",", route.paths()));
            properties.put(prefix + "stream", String.valueOf(route.stream()));
            properties.put(prefix + "preserve-host", String.valueOf(route.preserveHost()));
            properties.put(prefix + "call-policy", route.callPolicy());
            properties.put("agora.gateway.services." + route.service(), addressOf.apply(route.service()));
        }
        return properties;
    }
}
