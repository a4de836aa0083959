package dev.agora.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agora on one machine: the Kafka broker, the services, how they find each other, and the topics. Ports follow the
 * docs (gateway 8080, catalog 8081 (its gRPC 9081), inventory 8082, orders 8083, payments 8084, notifications 8085,
 * identity 9000, gateway health and metrics 9080, Kafka 9092 with its
 * controller on 9093); an offset moves them all, so the system tests can run beside a running ./agora.
 */
public final class Topology {

    /** Three partitions each: enough to show ordering per key and parallel consumers on a laptop. */
    static final int PARTITIONS = 3;

    /** The saga's streams: each owner's events and the commands it accepts; every consumed one has its DLT. */
    private static final List<String> STREAMS = List.of(
            "orders.events.v1",
            "inventory.commands.v1",
            "inventory.events.v1",
            "payments.commands.v1",
            "payments.events.v1");

    private Topology() {}

    public static List<ServiceSpec> services(Home home, int portOffset) {
        int catalog = 8081 + portOffset;
        int inventory = 8082 + portOffset;
        int orders = 8083 + portOffset;
        int payments = 8084 + portOffset;
        int notifications = 8085 + portOffset;
        int catalogGrpc = 9081 + portOffset;
        int identity = 9000 + portOffset;
        int kafka = 9092 + portOffset;
        int gateway = 8080 + portOffset;
        int gatewayManagement = 9080 + portOffset;
        // Tokens name the gateway as their issuer (the public address); keys are fetched from identity directly.
        String issuer = "--agora.security.issuer=http://127.0.0.1:" + gateway;
        String keys = "--agora.security.jwk-set-uri=http://127.0.0.1:" + identity + "/oauth2/jwks";
        String broker = "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka;
        return List.of(
                KafkaBroker.spec(kafka, 9093 + portOffset),
                new ServiceSpec(
                        "identity",
                        identity,
                        identity,
                        List.of("--server.port=" + identity, "--agora.data-dir=" + home.data(), issuer, keys)),
                new ServiceSpec(
                        "catalog",
                        catalog,
                        catalog,
                        List.of(
                                "--server.port=" + catalog,
                                "--spring.grpc.server.port=" + catalogGrpc,
                                "--agora.data-dir=" + home.data(),
                                issuer,
                                keys)),
                new ServiceSpec(
                        "inventory",
                        inventory,
                        inventory,
                        List.of("--server.port=" + inventory, "--agora.data-dir=" + home.data(), issuer, keys, broker)),
                new ServiceSpec(
                        "payments",
                        payments,
                        payments,
                        List.of("--server.port=" + payments, "--agora.data-dir=" + home.data(), issuer, keys, broker)),
                new ServiceSpec(
                        "orders",
                        orders,
                        orders,
                        List.of(
                                "--server.port=" + orders,
                                "--agora.data-dir=" + home.data(),
                                "--spring.grpc.client.channels.catalog.address=static://127.0.0.1:" + catalogGrpc,
                                issuer,
                                keys,
                                broker)),
                new ServiceSpec(
                        "notifications",
                        notifications,
                        notifications,
                        List.of(
                                "--server.port=" + notifications,
                                "--agora.data-dir=" + home.data(),
                                "--agora.notifications.mail-dir=" + home.mail(),
                                issuer,
                                keys,
                                broker)),
                new ServiceSpec(
                        "gateway",
                        gateway,
                        gatewayManagement,
                        List.of(
                                "--server.port=" + gateway,
                                "--management.server.port=" + gatewayManagement,
                                "--agora.gateway.services.identity=http://127.0.0.1:" + identity,
                                "--agora.gateway.services.catalog=http://127.0.0.1:" + catalog,
                                "--agora.gateway.services.inventory=http://127.0.0.1:" + inventory,
                                "--agora.gateway.services.payments=http://127.0.0.1:" + payments,
                                "--agora.gateway.services.orders=http://127.0.0.1:" + orders,
                                "--agora.gateway.services.notifications=http://127.0.0.1:" + notifications,
                                issuer,
                                keys)));
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
}
