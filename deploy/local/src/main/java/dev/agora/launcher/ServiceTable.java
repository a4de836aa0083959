package dev.agora.launcher;

import static dev.agora.launcher.Service.Kind.DOMAIN;
import static dev.agora.launcher.Service.Kind.EDGE;
import static dev.agora.launcher.Service.Kind.FRONTEND;
import static dev.agora.launcher.Service.Kind.IDENTITY_PROVIDER;
import static dev.agora.launcher.Service.declare;

import dev.agora.launcher.Service.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Agora service, declared once, in start order. {@code ./agora up} starts them from here (ports, peers, topics,
 * {@code --scale}), {@code ./agora image build} builds an image of each, the gateway is given its routes from here, and
 * the build checks the Kubernetes manifests against it. A new service is a new line here (docs/guides/adding-a-service.md).
 */
public final class ServiceTable {

    /** Three partitions each: enough to show ordering per key and parallel consumers on a laptop. */
    static final int PARTITIONS = 3;

    public static final List<Service> SERVICES = List.of(
            declare(IDENTITY_PROVIDER, "identity", 9000)
                    // Identity builds its redirects (to the sign-in page and back) from the Host header: they must
                    // name the gateway, the only address a browser is given. Signing in hashes a password with
                    // Argon2id, slow on purpose, hence a call policy of its own.
                    .routing(Route.paths(
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
                            .preservingHost()
                            .withCallPolicy("identity-route"))
                    .owning("identity.events.v1")
                    .consuming("users.events.v1")
                    .runningOnce("identity keeps sign-in sessions in memory")
                    .declared(),
            // What customers say about what they bought, and each product's rating for the catalog. Declared before
            // the catalog: its routes are paths under /api/products/, which the gateway must try first.
            declare(DOMAIN, "reviews", 8087)
                    .routing(Route.paths("/api/products/*/reviews", "/api/reviews/**"))
                    .owning("reviews.events.v1")
                    .consuming("orders.events.v1", "users.events.v1")
                    .declared(),
            declare(DOMAIN, "catalog", 8081)
                    .grpcPort(9081)
                    .routing(Route.paths("/api/products", "/api/products/**", "/api/categories", "/api/categories/**"))
                    .consuming("reviews.events.v1")
                    .declared(),
            // The customers' profiles and addresses; a profile opens with the account it belongs to. Users starts
            // each erasure and collects every participant's confirmation from its topic.
            declare(DOMAIN, "users", 8086)
                    .grpcPort(9086)
                    .routing(Route.paths("/api/users", "/api/users/**", "/api/erasures", "/api/erasures/**"))
                    .owning("users.events.v1")
                    .consuming(
                            "identity.events.v1",
                            "orders.events.v1",
                            "payments.events.v1",
                            "notifications.events.v1",
                            "reviews.events.v1")
                    .declared(),
            declare(DOMAIN, "inventory", 8082)
                    .routing(Route.paths("/api/inventory/**"))
                    .owning("inventory.commands.v1", "inventory.events.v1")
                    .consuming("inventory.commands.v1")
                    .declared(),
            declare(DOMAIN, "payments", 8084)
                    .routing(Route.paths("/api/payments", "/api/payments/**"))
                    .owning("payments.commands.v1", "payments.events.v1")
                    .consuming("payments.commands.v1", "users.events.v1")
                    .declared(),
            declare(DOMAIN, "orders", 8083)
                    .routing(Route.paths("/api/orders", "/api/orders/**"))
                    .owning("orders.events.v1")
                    .consuming("inventory.events.v1", "payments.events.v1", "users.events.v1")
                    .calling("catalog", "users")
                    .declared(),
            declare(DOMAIN, "notifications", 8085)
                    .routing(
                            Route.stream("notifications-stream", "/api/notifications/stream"),
                            Route.paths("/api/notifications"))
                    .owning("notifications.events.v1")
                    .consuming("orders.events.v1", "users.events.v1")
                    .startedWith(home -> List.of("--agora.notifications.mail-dir=" + home.mail()))
                    .declared(),
            // The web shop: pages made from the services' APIs, a cart kept server-side, and the customers' tokens
            // kept server-side too (it signs them in at identity, as a confidential client).
            declare(FRONTEND, "storefront", 8090)
                    .routing(
                            // An order's end, live, for its page: a stream, as the notifications it relays.
                            Route.stream("storefront-live", "/orders/*/live").preservingHost(),
                            Route.paths(
                                            "/",
                                            "/products",
                                            "/products/**",
                                            "/cart",
                                            "/cart/**",
                                            "/checkout",
                                            "/orders",
                                            "/orders/**",
                                            "/account",
                                            "/account/**",
                                            "/sign-in",
                                            "/sign-in/**",
                                            "/sign-up",
                                            "/sign-out",
                                            "/admin",
                                            "/admin/**",
                                            "/assets/**")
                                    // The addresses it makes (back to the page that asked for a sign-in) are the
                                    // gateway's, the only one a browser is given.
                                    .preservingHost())
                    .calling("catalog", "reviews", "inventory", "identity", "users", "orders", "notifications")
                    .declared(),
            // The mobile app's backend: GraphQL shaped for a phone's screens, made from the services' APIs in the
            // caller's name (the app holds its own token). It keeps nothing.
            declare(FRONTEND, "mobile-bff", 8091)
                    .routing(
                            // An order's status, live (a GraphQL subscription over Server-Sent Events).
                            Route.stream("mobile-bff-stream", "/mobile/graphql/stream"),
                            Route.paths("/mobile/graphql", "/mobile/graphql/schema"))
                    .calling("catalog", "reviews", "inventory", "identity", "users", "orders", "notifications")
                    .keepingNoData()
                    .declared(),
            declare(EDGE, "gateway", 8080).managementPort(9080).declared());

    static {
        check(SERVICES);
    }

    private ServiceTable() {}

    public static Service named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no service '" + name + "'"));
    }

    public static Optional<Service> find(String name) {
        return find(name, SERVICES);
    }

    private static Optional<Service> find(String name, List<Service> table) {
        return table.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return SERVICES.stream().map(Service::name).toList();
    }

    /** The one that issues tokens: every other service checks them against its keys. */
    public static Service identityProvider() {
        return firstOf(IDENTITY_PROVIDER);
    }

    /** The public entry: the gateway. */
    public static Service edge() {
        return firstOf(EDGE);
    }

    private static Service firstOf(Service.Kind kind) {
        return SERVICES.stream()
                .filter(service -> service.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The edge's routes as the properties the gateway binds ({@code agora.gateway.routes[i].*}): every public path of
     * every service, in the table's order.
     */
    public static Map<String, String> gatewayRoutes() {
        Map<String, String> properties = new LinkedHashMap<>();
        int index = 0;
        for (Service routed : calledBy(edge())) {
            for (Route route : routed.routes()) {
                properties.putAll(route.properties(index++, routed.name()));
            }
        }
        return properties;
    }

    /** The services it calls: those it names, and for the edge every service with public routes. */
    public static List<Service> calledBy(Service caller) {
        return calledBy(caller, SERVICES);
    }

    private static List<Service> calledBy(Service caller, List<Service> table) {
        if (caller.kind() == EDGE) {
            return table.stream().filter(service -> !service.routes().isEmpty()).toList();
        }
        return caller.calls().stream()
                .map(name -> find(name, table)
                        .orElseThrow(() -> new IllegalStateException(
                                caller.name() + " calls " + name + ", which is not declared")))
                .toList();
    }

    /** Every topic with its partition count: each one owned, and a dead-letter topic for each one consumed. */
    public static Map<String, Integer> topics() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            for (String topic : service.owns()) {
                topics.put(topic, PARTITIONS);
                if (isConsumed(topic)) {
                    // The same partition count: a dead letter keeps the partition of the record it replaces.
                    topics.put(topic + ".DLT", PARTITIONS);
                }
            }
        }
        return topics;
    }

    private static boolean isConsumed(String topic) {
        return SERVICES.stream().anyMatch(service -> service.consumes().contains(topic));
    }

    /**
     * A service starts after what it calls (over gRPC, unless it is the edge), and every topic read is owned by a
     * service: a line out of order, or a topic nobody owns, fails here, at the first use of the table, rather than on a
     * laptop at start.
     */
    static void check(List<Service> table) {
        List<String> started = new ArrayList<>();
        for (Service service : table) {
            if (started.contains(service.name())) {
                throw new IllegalStateException(service.name() + " is declared twice");
            }
            for (Service called : calledBy(service, table)) {
                if (!service.kind().callsOverHttp() && !called.hasGrpc()) {
                    throw new IllegalStateException(service.name() + " calls " + called.name()
                            + ", which has no gRPC port: services call each other over gRPC");
                }
                if (!started.contains(called.name())) {
                    throw new IllegalStateException(
                            service.name() + " calls " + called.name() + ", which must come before it in the table");
                }
            }
            started.add(service.name());
        }
        List<String> owned =
                table.stream().flatMap(service -> service.owns().stream()).toList();
        table.stream()
                .flatMap(service -> service.consumes().stream())
                .filter(topic -> !owned.contains(topic))
                .findFirst()
                .ifPresent(topic -> {
                    throw new IllegalStateException("topic " + topic + " is consumed but owned by no service");
                });
    }
}
