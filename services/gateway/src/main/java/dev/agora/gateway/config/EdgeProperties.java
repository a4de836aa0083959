package dev.agora.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings. The routes and the addresses come from outside the gateway: {@code ./agora up} passes them
 * as arguments, made from the launcher's service table; in Kubernetes the {@code kubernetes} profile of the gateway's
 * application.yml has them. A route that cannot be followed fails start-up, naming the property to set.
 *
 * @param routes the public API, in the order the routes are tried; nothing else is routed
 * @param services where each routed service answers, by service name
 * @param connectTimeout how long to wait for a connection to an upstream
 * @param maxRequestBody requests with a larger body get 413 {@code PAYLOAD_TOO_LARGE}
 * @param corsAllowedOrigins browser origins allowed to call the API
 * @param maxInFlight above this many requests under way, new ones get 503 at once (load shedding)
 * @param upstreamConcurrency how many requests each service is given at once, adapted to how fast it answers
 */
@Validated
@ConfigurationProperties("agora.gateway")
public record EdgeProperties(
        List<Route> routes,
        Map<String, URI> services,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("1MB") @NotNull DataSize maxRequestBody,
        @DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins,
        @DefaultValue("256") @Min(1) int maxInFlight,
        @DefaultValue @Valid UpstreamConcurrency upstreamConcurrency) {

    private static final String ROUTES = "agora.gateway.routes";

    public EdgeProperties {
        routes = routes == null ? List.of() : List.copyOf(routes);
        services = services == null ? Map.of() : Map.copyOf(services);
        check(routes, services);
    }

    /**
     * Paths to one service.
     *
     * @param id the route's name, unique: in metrics ({@code routeId}) and in a route's own rate limit
     * @param service where it goes: a key of {@code agora.gateway.services}
     * @param paths Spring path patterns ({@code /api/orders/**})
     * @param stream a live stream: no response timeout, no retry, no breaker, not counted as in flight
     * @param preserveHost the service sees the gateway's Host header (identity builds its redirects from it)
     * @param callPolicy the {@code agora.resilience.calls.<policy>} of its calls: deadline, retries, breaker
     */
    public record Route(
            String id,
            String service,
            List<String> paths,
            boolean stream,
            boolean preserveHost,
            @DefaultValue("http-route") String callPolicy) {

        /** What is not set is empty here, and refused at start-up with the property to set. */
        public Route {
            id = Objects.requireNonNullElse(id, "");
            service = Objects.requireNonNullElse(service, "");
            paths = paths == null ? List.of() : List.copyOf(paths);
            callPolicy = Objects.requireNonNullElse(callPolicy, "");
        }
    }

    /**
     * The concurrency limit of each service (at most its call policy's {@code max-concurrent-calls}).
     *
     * @param initial the limit before any answer is judged
     * @param min the limit never goes below this; a late answer to a request sent while the service had at most this
     *     many under way says it is slow by itself, not busy, and only such answers count as slow against its breaker
     * @param latencyTarget an answer later than this says the service is given too much at once; below the call
     *     policy's slow-call time, so that the limit shrinks before the answers would count against the breaker
     */
    public record UpstreamConcurrency(
            @DefaultValue("20") @Min(1) int initial,
            @DefaultValue("4") @Min(1) int min,
            @DefaultValue("500ms") @NotNull Duration latencyTarget) {}

    public URI service(String name) {
        URI uri = services.get(name);
        if (uri == null) {
            throw new IllegalStateException("No address for service '" + name + "': set agora.gateway.services." + name
                    + " (for example http://127.0.0.1:8081)");
        }
        return uri;
    }

    /** The services the routes go to, each once, in the order of their first route. */
    public List<String> routedServices() {
        return routes.stream().map(Route::service).distinct().toList();
    }

    /**
     * The routed services that answer part of the public API (a path under {@code /api}), whose OpenAPI documents make
     * the gateway's; the storefront's pages are no API.
     */
    public List<String> apiServices() {
        return routes.stream()
                .filter(route -> route.paths().stream().anyMatch(path -> path.startsWith("/api/")))
                .map(Route::service)
                .distinct()
                .toList();
    }

    /** The path patterns of the live streams. */
    public List<String> streamPaths() {
        return routes.stream()
                .filter(Route::stream)
                .flatMap(route -> route.paths().stream())
                .toList();
    }

    /** Everything that would otherwise fail later, or route wrongly, said at start-up with what to set. */
    private static void check(List<Route> routes, Map<String, URI> services) {
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("No routes: set " + ROUTES
                    + "[0].id, .service and .paths (./agora up passes them, the kubernetes profile has them)");
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> policyOfService = new HashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            String property = ROUTES + "[" + i + "]";
            if (route.id().isBlank()) {
                throw new IllegalArgumentException("The route at " + property + " has no id: set " + property + ".id");
            }
            String named = "Route '" + route.id() + "' (" + property + ")";
            if (!ids.add(route.id())) {
                throw new IllegalArgumentException(
                        named + " has the id of an earlier route: give " + property + ".id a name of its own");
            }
            if (route.service().isBlank()) {
                throw new IllegalArgumentException(named + " names no service: set " + property + ".service");
            }
            if (!services.containsKey(route.service())) {
                throw new IllegalArgumentException(named + " goes to service '" + route.service()
                        + "', which has no address: set agora.gateway.services." + route.service()
                        + " (for example http://127.0.0.1:8081), or correct " + property + ".service");
            }
            if (route.paths().isEmpty()) {
                throw new IllegalArgumentException(
                        named + " has no paths: set " + property + ".paths (for example /api/orders,/api/orders/**)");
            }
            for (String path : route.paths()) {
                if (!path.startsWith("/")) {
                    throw new IllegalArgumentException(named + " has the path '" + path
                            + "', which does not start with '/': correct " + property + ".paths");
                }
            }
            if (route.callPolicy().isBlank()) {
                throw new IllegalArgumentException(named + " has an empty call policy: set " + property
                        + ".call-policy (http-route unless the service needs a policy of its own)");
            }
            // One breaker per service, built from one policy: the service's guarded routes cannot disagree on it.
            if (!route.stream()) {
                String earlier = policyOfService.putIfAbsent(route.service(), route.callPolicy());
                if (earlier != null && !earlier.equals(route.callPolicy())) {
                    throw new IllegalArgumentException(named + " calls '" + route.service() + "' under the policy '"
                            + route.callPolicy() + "', an earlier route to it under '" + earlier + "': set "
                            + property + ".call-policy to " + earlier);
                }
            }
        }
    }
}
