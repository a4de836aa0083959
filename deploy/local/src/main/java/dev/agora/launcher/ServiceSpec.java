package dev.agora.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One service as the launcher starts it.
 *
 * @param name the service's name, also its module folder under services/
 * @param instance which instance of the service this is, from 1 ({@code ./agora up --scale catalog=2})
 * @param port where its API answers
 * @param managementPort where its health and metrics answer (the same as {@code port} except for the gateway; the
 *     controller's port for the Kafka broker)
 * @param arguments Spring Boot arguments that place it on this machine (ports, peers, data folder)
 */
public record ServiceSpec(String name, int instance, int port, int managementPort, List<String> arguments) {

    public ServiceSpec {
        arguments = List.copyOf(arguments);
    }

    /** The first (or only) instance of a service. */
    public ServiceSpec(String name, int port, int managementPort, List<String> arguments) {
        this(name, 1, port, managementPort, arguments);
    }

    /** The {@link #id()} a user means: {@code catalog#1} is {@code catalog}. */
    static String instanceId(String given) {
        return given.endsWith("#1") ? given.substring(0, given.length() - 2) : given;
    }

    /** How users name this instance: {@code catalog} for the first, {@code catalog#2} for the second. */
    public String id() {
        return instance == 1 ? name : name + "#" + instance;
    }

    /** The id as it may appear in a file name (its record, its log). */
    public String fileName() {
        return instance == 1 ? name : name + "-" + instance;
    }

    /** This service with {@code --property=value} instead of whatever it had for that property. */
    public ServiceSpec withArgument(String property, String value) {
        String prefix = "--" + property + "=";
        List<String> changed = new ArrayList<>(arguments.stream()
                .filter(argument -> !argument.startsWith(prefix))
                .toList());
        changed.add(prefix + value);
        return new ServiceSpec(name, instance, port, managementPort, changed);
    }

    /** What sort of process it is: one of Agora's services, or a tool run beside them. */
    public ProcessKind kind() {
        return ProcessKind.of(name);
    }

    public boolean isKafkaBroker() {
        return kind() == KafkaBroker.KIND;
    }

    /** One of Agora's own services (from services/), rather than a tool ./agora runs beside them (Kafka, Zipkin). */
    public boolean isAgoraService() {
        return kind() == AgoraService.KIND;
    }

    /** Where a client finds it: the HTTP root of a service, the bootstrap address of the broker. */
    public String address() {
        return kind().address(this);
    }

    public boolean isReady() {
        return kind().isReady(this);
    }

    /** How the launcher tells it is ready, for messages. */
    public String readinessCheck() {
        return kind().readinessCheck(this);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The module the build makes it from. */
    public Path module(Path repository) {
        return kind().module(repository, name);
    }

    /** What the build makes of the module and the launcher runs: a service jar, or the folder of the broker's jars. */
    public Path jar(Path repository) {
        return kind().built(repository, name);
    }

    /** Where the chaos profile is switched (latency, errors) at run time. */
    public URI chaos() {
        return URI.create("http://127.0.0.1:" + managementPort + "/actuator/chaos");
    }

    /** Where the service tells how its circuit breakers stand. */
    public URI breakers() {
        return URI.create("http://127.0.0.1:" + managementPort + "/actuator/breakers");
    }

    public List<Integer> ports() {
        return port == managementPort ? List.of(port) : List.of(port, managementPort);
    }
}
