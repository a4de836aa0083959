package dev.agora.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agora on one machine: the Kafka broker, the services, how they find each other, and the topics. Ports follow the
 * docs (gateway 8080, catalog 8081 (its gRPC 9081), inventory 8082, orders 8083, payments 8084, notifications 8085,
 * identity 9000, gateway health and metrics 9080, Kafka 9092 with its controller on 9093, Zipkin 9411, Prometheus 9090
 * when asked for); an offset moves them all,
 * so the system tests can run beside a running ./agora. A second instance of a service takes its ports plus 100
 * (catalog#2 on 8181, its gRPC on 9181), a third plus 200.
 *
 * <p>Callers find the instances of a service through Spring Cloud's discovery client, given the list here: the gateway
 * routes to {@code lb://<service>} (Spring Cloud LoadBalancer, health-checked), orders prices at
 * {@code discovery:///catalog} (gRPC's round-robin over the same list).
 */
public final class Topology {

    /** Three partitions each: enough to show ordering per key and parallel consumers on a laptop. */
    static final int PARTITIONS = 3;

    static final String CHAOS_PROFILE = "chaos";

    static final String DEVELOPMENT_PROFILE = "dev";

    /** Ports of the n-th instance: the first's plus this, times n - 1. */
    static final int INSTANCE_PORT_STEP = 100;

    /** The saga's streams: each owner's events and the commands it accepts; every consumed one has its DLT. */
    private static final List<String> STREAMS = List.of(
            "orders.events.v1",
            "inventory.commands.v1",
            "inventory.events.v1",
            "payments.commands.v1",
            "payments.events.v1");

    /** The services behind the gateway, in start order after identity. */
    private static final List<String> ROUTED = List.of("catalog", "inventory", "payments", "orders", "notifications");

    private Topology() {}

    public static List<ServiceSpec> services(Home home, int portOffset) {
        return services(home, portOffset, Scale.NONE);
    }

    public static List<ServiceSpec> services(Home home, int portOffset, Scale scale) {
        return services(home, portOffset, scale, false);
    }

    /** With {@code withPrometheus}, a Prometheus that scrapes every instance, started last. */
    public static List<ServiceSpec> services(Home home, int portOffset, Scale scale, boolean withPrometheus) {
        int identity = 9000 + portOffset;
        ServiceSpec zipkin = ZipkinServer.spec(9411 + portOffset);
        int kafka = 9092 + portOffset;
        Map<String, Integer> firstPort = Map.of(
                "catalog", 8081 + portOffset,
                "inventory", 8082 + portOffset,
                "orders", 8083 + portOffset,
                "payments", 8084 + portOffset,
                "notifications", 8085 + portOffset);
        int catalogGrpc = 9081 + portOffset;
        // Tokens name the gateway as their issuer (the public address); keys are fetched from identity directly.
        // Every service sends its spans to the Zipkin started first.
        List<String> common = List.of(
                "--agora.data-dir=" + home.data(),
                "--agora.security.issuer=http://127.0.0.1:" + (8080 + portOffset),
                "--agora.security.jwk-set-uri=http://127.0.0.1:" + identity + "/oauth2/jwks",
                "--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=" + ZipkinServer.spansEndpoint(zipkin));
        String broker = "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka;
        // Every service runs its development profile (identity's seeded accounts, payments' simulated provider,
        // notifications' mail files; the prod profile refuses them) and the chaos profile, switched off until
        // ./agora chaos switches it on. Naming profiles replaces the services' default one (dev), so dev is named.
        String profiles = "--spring.profiles.active=" + DEVELOPMENT_PROFILE + "," + CHAOS_PROFILE;

        List<ServiceSpec> services = new ArrayList<>();
        services.add(zipkin);
        services.add(KafkaBroker.spec(kafka, 9093 + portOffset));
        List<String> identityArguments = new ArrayList<>(with(common, "--server.port=" + identity));
        identityArguments.add(profiles);
        services.add(new ServiceSpec("identity", identity, identity, identityArguments));
        for (String name : ROUTED) {
            for (int instance = 1; instance <= scale.of(name); instance++) {
                int port = firstPort.get(name) + step(instance);
                List<String> arguments = new ArrayList<>(with(common, "--server.port=" + port));
                arguments.add("--agora.instance=" + idOf(name, instance));
                arguments.add(profiles);
                if (scale.of(name) > 1) {
                    // Instances of one service share its database: H2 serves it to the others (ADR 0013).
                    arguments.add("--agora.data-shared=TRUE");
                }
                switch (name) {
                    case "catalog" -> arguments.add("--spring.grpc.server.port=" + (catalogGrpc + step(instance)));
                    case "orders" -> {
                        arguments.add("--spring.grpc.client.channels.catalog.address=discovery:///catalog");
                        arguments.addAll(discovered("catalog", "grpc", catalogGrpc, scale.of("catalog")));
                    }
                    case "notifications" -> arguments.add("--agora.notifications.mail-dir=" + home.mail());
                    default -> {}
                }
                if (!name.equals("catalog")) {
                    arguments.add(broker);
                }
                services.add(new ServiceSpec(name, instance, port, port, arguments));
            }
        }
        for (int instance = 1; instance <= scale.of("gateway"); instance++) {
            int gateway = 8080 + portOffset + step(instance);
            int management = 9080 + portOffset + step(instance);
            List<String> arguments = new ArrayList<>(List.of(
                    "--server.port=" + gateway,
                    "--management.server.port=" + management,
                    "--agora.instance=" + idOf("gateway", instance),
                    profiles,
                    "--agora.gateway.services.identity=http://127.0.0.1:" + identity));
            arguments.addAll(common.subList(1, common.size()));
            for (String name : ROUTED) {
                arguments.add("--agora.gateway.services." + name + "=lb://" + name);
                arguments.addAll(discovered(name, "http", firstPort.get(name), scale.of(name)));
            }
            services.add(new ServiceSpec("gateway", instance, gateway, management, arguments));
        }
        if (withPrometheus) {
            services.add(PrometheusServer.spec(9090 + portOffset));
        }
        return List.copyOf(services);
    }

    /** Every topic with its partition count, dead-letter topics included; the launcher creates them at start. */
    public static Map<String, Integer> topics() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String stream : STREAMS) {
            topics.put(stream, PARTITIONS);
            // The same partition count: a dead letter keeps the partition of the record it replaces.
            topics.put(stream + ".DLT", PARTITIONS);
        }
        return topics;
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

    private static List<String> with(List<String> common, String first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(common);
        return all;
    }
}
