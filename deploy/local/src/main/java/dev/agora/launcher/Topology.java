package dev.agora.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agora on one machine, made from {@link ServiceTable}: Zipkin and the Kafka broker first, then every instance of every
 * service in the table's order, with its ports, peers and topics. The services' ports are the table's; Zipkin takes
 * 9411, Kafka 9092 (its controller 9093), Prometheus 9090 when asked for. An offset moves them all, so the system tests
 * can run beside a running ./agora. A second instance of a service takes its ports plus 100 (catalog#2 on 8181, its
 * gRPC on 9181), a third plus 200.
 */
public final class Topology {

    static final String CHAOS_PROFILE = "chaos";

    static final String DEVELOPMENT_PROFILE = "dev";

    /** Ports of the n-th instance: the first's plus this, times n - 1. */
    static final int INSTANCE_PORT_STEP = 100;

    private Topology() {}

    public static List<ServiceSpec> services(Home home, int portOffset) {
        return services(home, portOffset, Scale.NONE);
    }

    public static List<ServiceSpec> services(Home home, int portOffset, Scale scale) {
        return services(home, portOffset, scale, false);
    }

    /** With {@code withPrometheus}, a Prometheus that scrapes every instance, started last. */
    public static List<ServiceSpec> services(Home home, int portOffset, Scale scale, boolean withPrometheus) {
        return services(home, portOffset, scale, withPrometheus, Storage.H2);
    }

    /** With the services' data kept in {@code storage}. */
    public static List<ServiceSpec> services(
            Home home, int portOffset, Scale scale, boolean withPrometheus, Storage storage) {
        ServiceSpec zipkin = ZipkinServer.spec(9411 + portOffset);
        int kafka = 9092 + portOffset;
        // Tokens name the gateway as their issuer (the public address); keys are fetched from identity directly.
        // Every service sends its spans to the Zipkin started first.
        int gateway = ServiceTable.edge().port() + portOffset;
        int identity = ServiceTable.identityProvider().port() + portOffset;
        List<String> profiles = new ArrayList<>(List.of(DEVELOPMENT_PROFILE, CHAOS_PROFILE));
        profiles.addAll(storage.profiles());
        List<String> common = List.of(
                "--agora.data-dir=" + home.data(),
                "--agora.security.issuer=http://127.0.0.1:" + gateway,
                "--agora.security.jwk-set-uri=http://127.0.0.1:" + identity + "/oauth2/jwks",
                "--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=" + ZipkinServer.spansEndpoint(zipkin),
                // Every service runs its development profile (identity's seeded accounts, payments' simulated
                // provider, notifications' mail files; the prod profile refuses them), the chaos profile, switched
                // off until ./agora chaos switches it on, and its storage's. Naming profiles replaces the services'
                // default one (dev).
                "--spring.profiles.active=" + String.join(",", profiles));

        List<ServiceSpec> services = new ArrayList<>();
        services.add(zipkin);
        services.add(KafkaBroker.spec(kafka, 9093 + portOffset));
        for (Service service : ServiceTable.SERVICES) {
            int instances = scale.of(service.name());
            for (int instance = 1; instance <= instances; instance++) {
                int port = service.port() + portOffset + step(instance);
                int management = service.healthPort() + portOffset + step(instance);
                List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
                if (management != port) {
                    arguments.add("--management.server.port=" + management);
                }
                arguments.add("--agora.instance=" + idOf(service.name(), instance));
                arguments.addAll(common);
                if (service.keepsData()) {
                    arguments.addAll(storage.argumentsOf(service, instances));
                }
                if (service.hasGrpc()) {
                    arguments.add("--spring.grpc.server.port=" + (service.grpcPort() + portOffset + step(instance)));
                }
                if (service.kind() == Service.Kind.IDENTITY_PROVIDER) {
                    // Identity sends a browser back only to addresses it knows: the shop's, at the gateway's port.
                    arguments.add("--agora.identity.storefront-client.redirect-uris=http://127.0.0.1:" + gateway
                            + "/sign-in/callback");
                    arguments.add("--agora.identity.storefront-client.post-logout-redirect-uris=http://127.0.0.1:"
                            + gateway + "/");
                }
                if (service.usesKafka()) {
                    arguments.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka);
                }
                arguments.addAll(callsTo(service, portOffset, scale));
                arguments.addAll(routesOf(service));
                arguments.addAll(service.localArguments().apply(home));
                services.add(new ServiceSpec(service.name(), instance, port, management, arguments));
            }
        }
        if (withPrometheus) {
            services.add(PrometheusServer.spec(9090 + portOffset));
        }
        return List.copyOf(services);
    }

    /** Every topic with its partition count, dead-letter topics included; the launcher creates them at start. */
    public static Map<String, Integer> topics() {
        return ServiceTable.topics();
    }

    /**
     * Where the caller finds each service it calls. One that may run several times is found through Spring Cloud's
     * discovery client, given every instance: the gateway and a frontend call {@code lb://<service>} (Spring Cloud
     * LoadBalancer) at {@code agora.<caller>.services.<service>}; the other services call each other over gRPC,
     * dialling {@code discovery:///<service>} (gRPC's round-robin).
     */
    private static List<String> callsTo(Service caller, int portOffset, Scale scale) {
        List<String> arguments = new ArrayList<>();
        for (Service called : ServiceTable.calledBy(caller)) {
            String name = called.name();
            String address = "--agora." + caller.name() + ".services." + name + "=";
            if (!caller.kind().callsOverHttp()) {
                arguments.add("--spring.grpc.client.channels." + name + ".address=discovery:///" + name);
                arguments.addAll(discovered(name, "grpc", called.grpcPort() + portOffset, scale.of(name)));
            } else if (called.isScalable()) {
                arguments.add(address + "lb://" + name);
                arguments.addAll(discovered(name, "http", called.port() + portOffset, scale.of(name)));
            } else {
                arguments.add(address + "http://127.0.0.1:" + (called.port() + portOffset));
            }
        }
        return arguments;
    }

    /** The edge's routes, from the table. */
    private static List<String> routesOf(Service service) {
        if (service.kind() != Service.Kind.EDGE) {
            return List.of();
        }
        return ServiceTable.gatewayRoutes().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toList();
    }

    private static int step(int instance) {
        return INSTANCE_PORT_STEP * (instance - 1);
    }

    private static String idOf(String name, int instance) {
        return instance == 1 ? name : name + "#" + instance;
    }

    /**
     * Spring Cloud's simple discovery client: where each instance of {@code service} answers, its first on
     * {@code firstPort}.
     */
    private static List<String> discovered(String service, String scheme, int firstPort, int instances) {
        List<String> arguments = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            arguments.add("--spring.cloud.discovery.client.simple.instances." + service + "[" + (instance - 1)
                    + "].uri=" + scheme + "://127.0.0.1:" + (firstPort + step(instance)));
        }
        return arguments;
    }
}
