package dev.agora.launcher;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One of Agora's services as {@link ServiceTable} declares it: what it is, where it answers, what of it the gateway
 * publishes, the topics it owns and reads, what it calls. The launcher, the images, the gateway's routes and the
 * Kubernetes checks are all derived from these declarations.
 *
 * @param name its name: its module folder under services/, its jar, its image, its host name in Kubernetes
 * @param kind what part it plays
 * @param port where its API answers (locally; the same port in Kubernetes)
 * @param managementPort where its health and metrics answer, when not on {@code port} (0: on {@code port})
 * @param grpcPort where its gRPC API answers (0: it has none)
 * @param routes the public paths the gateway sends to it
 * @param owns the topics that belong to it: the events it publishes and the commands it accepts
 * @param consumes the topics it reads (each gets a dead-letter topic)
 * @param calls the services it calls directly (over gRPC, or over HTTP for the edge and a frontend), which therefore
 *     start first
 * @param runsOnceBecause why it cannot run more than once, or {@code null} when {@code --scale} may run several
 * @param keepsData whether it has a database of its own
 * @param localArguments what it needs besides the usual when it runs on this machine
 */
public record Service(
        String name,
        Kind kind,
        int port,
        int managementPort,
        int grpcPort,
        List<Route> routes,
        List<String> owns,
        List<String> consumes,
        List<String> calls,
        @Nullable String runsOnceBecause,
        boolean keepsData,
        Function<Home, List<String>> localArguments) {

    /** What part a service plays, which decides what it is given. */
    public enum Kind {
        /** The public entry: it routes to every service that has routes, and is reached by nothing else. */
        EDGE,
        /** Signs users in and issues the tokens every other service checks (against its keys). */
        IDENTITY_PROVIDER,
        /** A business capability with its own data. */
        DOMAIN,
        /**
         * A backend for one kind of client (the web shop's pages): it calls the services' public APIs over HTTP on the
         * customer's behalf, as the gateway does, and keeps only what its client needs between requests.
         */
        FRONTEND;

        /** Whether it reaches the services it calls through their HTTP APIs rather than over gRPC. */
        public boolean callsOverHttp() {
            return this == EDGE || this == FRONTEND;
        }
    }

    public Service {
        routes = List.copyOf(routes);
        owns = List.copyOf(owns);
        consumes = List.copyOf(consumes);
        calls = List.copyOf(calls);
    }

    static Declaration declare(Kind kind, String name, int port) {
        return new Declaration(kind, name, port);
    }

    /** How {@link ServiceTable} writes a service down: its kind, name and port, then only what it has. */
    static final class Declaration {

        private final Kind kind;
        private final String name;
        private final int port;
        private int managementPort;
        private int grpcPort;
        private List<Route> routes = List.of();
        private List<String> owns = List.of();
        private List<String> consumes = List.of();
        private List<String> calls = List.of();
        private @Nullable String runsOnceBecause;
        private boolean keepsData;
        private Function<Home, List<String>> localArguments = home -> List.of();

        private Declaration(Kind kind, String name, int port) {
            this.kind = kind;
            this.name = name;
            this.port = port;
            // Every service keeps data of its own but the edge, unless its declaration says it keeps none.
            this.keepsData = kind != Kind.EDGE;
        }

        Declaration managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        Declaration grpcPort(int grpcPort) {
            this.grpcPort = grpcPort;
            return this;
        }

        /** The gateway sends these to it; a route without its own id takes the service's name. */
        Declaration routing(Route... routes) {
            this.routes = Arrays.stream(routes)
                    .map(route -> route.id().isEmpty() ? route.named(name) : route)
                    .toList();
            return this;
        }

        Declaration owning(String... topics) {
            this.owns = List.of(topics);
            return this;
        }

        Declaration consuming(String... topics) {
            this.consumes = List.of(topics);
            return this;
        }

        Declaration calling(String... services) {
            this.calls = List.of(services);
            return this;
        }

        Declaration runningOnce(String because) {
            this.runsOnceBecause = because;
            return this;
        }

        /** It keeps nothing between requests: no database is made for it, here or in Kubernetes. */
        Declaration keepingNoData() {
            this.keepsData = false;
            return this;
        }

        Declaration startedWith(Function<Home, List<String>> localArguments) {
            this.localArguments = localArguments;
            return this;
        }

        Service declared() {
            return new Service(
                    name,
                    kind,
                    port,
                    managementPort,
                    grpcPort,
                    routes,
                    owns,
                    consumes,
                    calls,
                    runsOnceBecause,
                    keepsData,
                    localArguments);
        }
    }

    public boolean isScalable() {
        return runsOnceBecause == null;
    }

    public boolean hasGrpc() {
        return grpcPort != 0;
    }

    /** Where its health and metrics answer: its own management port, or its API's. */
    public int healthPort() {
        return managementPort == 0 ? port : managementPort;
    }

    /** Whether it talks to Kafka at all. */
    public boolean usesKafka() {
        return !owns.isEmpty() || !consumes.isEmpty();
    }

    /**
     * A set of public paths the gateway sends to one service.
     *
     * @param id the route's name (the gateway's metrics and logs show it)
     * @param paths path patterns, as Spring's path matching reads them
     * @param stream a live stream: no deadline, no retry, no breaker; it lasts as long as the client listens
     * @param preserveHost whether the service must see the gateway's Host header (to build links back to it)
     * @param callPolicy the gateway's call policy for it (agora.resilience.calls.&lt;policy&gt;): deadline, retries,
     *     breaker
     */
    public record Route(String id, List<String> paths, boolean stream, boolean preserveHost, String callPolicy) {

        public static final String DEFAULT_CALL_POLICY = "http-route";

        public Route {
            paths = List.copyOf(paths);
        }

        static Route paths(String... paths) {
            return new Route("", List.of(paths), false, false, DEFAULT_CALL_POLICY);
        }

        static Route stream(String id, String... paths) {
            return new Route(id, List.of(paths), true, false, DEFAULT_CALL_POLICY);
        }

        Route named(String id) {
            return new Route(id, paths, stream, preserveHost, callPolicy);
        }

        Route preservingHost() {
            return new Route(id, paths, stream, true, callPolicy);
        }

        Route withCallPolicy(String callPolicy) {
            return new Route(id, paths, stream, preserveHost, callPolicy);
        }

        /**
         * The gateway's properties for this route, the {@code index}-th of its list, going to {@code service}; a setting
         * at the gateway's default is left out.
         */
        Map<String, String> properties(int index, String service) {
            String prefix = "agora.gateway.routes[" + index + "].";
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(prefix + "id", id);
            properties.put(prefix + "service", service);
            properties.put(prefix + "paths", String.join(",", paths));
            if (stream) {
                properties.put(prefix + "stream", "true");
            }
            if (preserveHost) {
                properties.put(prefix + "preserve-host", "true");
            }
            if (!callPolicy.equals(DEFAULT_CALL_POLICY)) {
                properties.put(prefix + "call-policy", callPolicy);
            }
            return properties;
        }
    }
}
