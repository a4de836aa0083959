package dev.agora.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What sort of process the launcher runs: one of Agora's services, or a tool it runs beside them (the Kafka broker,
 * Zipkin, Prometheus). What differs between them is said here, once per kind, so that the platform starts, watches and
 * stops every process alike.
 */
public sealed interface ProcessKind permits HttpProbed, KafkaBroker {

    /** The kind of the process named {@code name}: a tool by its name, else one of Agora's services. */
    static ProcessKind of(String name) {
        return Stream.<ProcessKind>of(KafkaBroker.KIND, ZipkinServer.KIND, PrometheusServer.KIND)
                .filter(tool -> tool.toolName().equals(name))
                .findFirst()
                .orElse(AgoraService.KIND);
    }

    /** The one name a tool's process takes; empty for Agora's services, which are named by the service table. */
    String toolName();

    /**
     * The command that runs {@code process}; {@code prepared}, its unpacked jar and AOT cache, for the kinds that
     * {@link #isPrepared() are prepared}.
     */
    List<String> command(Home home, ServiceSpec process, @Nullable Prepared prepared) throws IOException;

    /** What the process reads from its environment besides its command line. */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** Whether its jar is unpacked and given an AOT cache before it runs ({@link Preparation}). */
    default boolean isPrepared() {
        return false;
    }

    /**
     * For a kind that {@link #isPrepared() is prepared}: the JVM options it runs with, which its AOT cache's training
     * run takes too (a cache is used only by a JVM started with options that match it).
     */
    default List<String> jvmOptions() {
        return List.of();
    }

    /**
     * For a kind that {@link #isPrepared() is prepared}: its command up to its own arguments (the JVM with its marker
     * and {@link #jvmOptions}, its AOT cache when one could be made, its unpacked jar).
     */
    default List<String> preparedCommand(ServiceSpec process, @Nullable Prepared prepared) {
        if (prepared == null) {
            throw new IllegalStateException(process.id() + " was not prepared");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add(marker(process.id()));
        command.addAll(jvmOptions());
        if (prepared.aotCache() != null) {
            command.add("-XX:AOTCache=" + prepared.aotCache());
        }
        command.addAll(List.of("-jar", prepared.jar().toString()));
        return command;
    }

    /**
     * For a kind that {@link #isPrepared() is prepared}: the arguments of the training run that makes its AOT cache,
     * which must take none of the real ports and keep its data in {@code scratch}.
     */
    default List<String> trainingArguments(ServiceSpec process, Path scratch) {
        throw new UnsupportedOperationException(process.id() + " is not prepared");
    }

    /** Whether it is ready to serve: its readiness probe answers UP, or, for the broker, its cluster answers. */
    boolean isReady(ServiceSpec process);

    /** How the launcher tells it is ready, for messages. */
    String readinessCheck(ServiceSpec process);

    /** Where a client finds it: the HTTP root of a service, the bootstrap address of the broker. */
    String address(ServiceSpec process);

    /** Done once, as soon as it is ready, before anything that needs it is ready. */
    default void whenReady(ServiceSpec process) {}

    /**
     * Whether a stop kills it at once rather than asking it to stop: it keeps nothing that a graceful stop would save.
     */
    default boolean isStoppedByKill() {
        return false;
    }

    /**
     * Whether the build makes what runs (every service, the broker's jars, the Zipkin jar); Prometheus is the Debian
     * package's binary.
     */
    default boolean isBuilt() {
        return true;
    }

    /** The module the build makes it from. */
    Path module(Path repository, String name);

    /** What the build makes of the module and the launcher runs: a jar, or the folder of the broker's jars. */
    Path built(Path repository, String name);

    /** Where a change makes {@link #built} stale: main sources and POMs under these paths. */
    default List<Path> sources(Path repository, String name) {
        return List.of(repository.resolve("pom.xml"), module(repository, name));
    }

    /** Whether the live process with {@code commandLine} is the one the launcher started as {@code process}. */
    default boolean runs(ServiceSpec process, String commandLine) {
        return commandLine.contains(marker(process.id()));
    }

    /** On the command line of each JVM the launcher starts: tells it from another program that reuses its pid. */
    static String marker(String id) {
        return "-Dagora.service=" + id;
    }

    /** The JVM the launcher runs on, which every JVM it starts runs on too. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A service ready to run: its unpacked jar, and its AOT cache when one could be made. */
    record Prepared(Path jar, @Nullable Path aotCache) {}
}
