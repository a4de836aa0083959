package dev.agora.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A real Zipkin server (its executable jar, which {@code deploy/zipkin} copies from Maven Central), where every service
 * sends its spans: one trace per checkout, across the gateway, gRPC and Kafka. Spans are kept in memory (the newest
 * {@value #MAX_SPANS}), so a restart forgets them.
 */
public final class ZipkinServer implements HttpProbed {

    public static final String NAME = "zipkin";

    static final ZipkinServer KIND = new ZipkinServer();

    /**
     * About 3 KB of heap each: 50 000 filled its 256 MB, and under load (a few thousand spans a second) Zipkin then
     * collected garbage without end, taking a core from the services it watched.
     */
    static final int MAX_SPANS = 20_000;

    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-Xlog:aot*=error");

    private ZipkinServer() {}

    public static ServiceSpec spec(int port) {
        return new ServiceSpec(NAME, port, port, List.of());
    }

    public static Path jar(Path repository) {
        return repository.resolve("deploy/zipkin/target/zipkin-server.jar");
    }

    /** Where the services post their spans (Zipkin's v2 JSON API). */
    public static String spansEndpoint(ServiceSpec zipkin) {
        return "http://127.0.0.1:" + zipkin.port() + "/api/v2/spans";
    }

    /** The UI, and the API under it ({@code api/v2/trace/<id>}). */
    public static URI url(ServiceSpec zipkin) {
        return URI.create("http://127.0.0.1:" + zipkin.port() + "/zipkin/");
    }

    @Override
    public String toolName() {
        return NAME;
    }

    /**
     * Its spans live in memory only, which a graceful stop loses as well; and that stop took 4 to 8 s (its event loops'
     * quiet periods), every ./agora down waiting for it after the services had stopped.
     */
    @Override
    public boolean isStoppedByKill() {
        return true;
    }

    @Override
    public URI readinessProbe(ServiceSpec zipkin) {
        return URI.create("http://127.0.0.1:" + zipkin.port() + "/health");
    }

    @Override
    public String address(ServiceSpec zipkin) {
        return url(zipkin).toString();
    }

    @Override
    public Path module(Path repository, String name) {
        return repository.resolve("deploy/zipkin");
    }

    @Override
    public Path built(Path repository, String name) {
        return jar(repository);
    }

    /**
     * Unpacked and given an AOT cache, as Agora's services are: without one it was among the last ready, its
     * start taking about 8 s of CPU from the two cores that every JVM starting beside it shares; with one, about 2 s.
     */
    @Override
    public boolean isPrepared() {
        return true;
    }

    @Override
    public List<String> jvmOptions() {
        return JVM_OPTIONS;
    }

    @Override
    public List<String> trainingArguments(ServiceSpec zipkin, Path scratch) {
        return arguments(0); // spans in memory: nothing to keep in scratch
    }

    @Override
    public List<String> command(Home home, ServiceSpec zipkin, @Nullable Prepared prepared) {
        List<String> command = new ArrayList<>(preparedCommand(zipkin, prepared));
        command.addAll(arguments(zipkin.port()));
        return command;
    }

    /** On 127.0.0.1 only, like everything ./agora starts. */
    private static List<String> arguments(int port) {
        return List.of(
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].ip=127.0.0.1",
                "--armeria.ports[0].protocols=http");
    }

    /** Zipkin reads its settings from the environment. */
    @Override
    public Map<String, String> environment() {
        return Map.of("MEM_MAX_SPANS", String.valueOf(MAX_SPANS), "COLLECTOR_PULSAR_ENABLED", "false");
    }
}
