package dev.agora.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of Agora's own services (a module of services/), run from its unpacked jar with its AOT cache. */
public final class AgoraService implements HttpProbed {

    static final AgoraService KIND = new AgoraService();

    /**
     * Small, steady JVMs for a laptop: the serial collector (one or two cores per service), a capped heap, and native
     * access for Netty. The same options train and use the AOT cache, which requires them to match.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms32m",
            "-Xmx256m",
            "-XX:ReservedCodeCacheSize=64m",
            "--enable-native-access=ALL-UNNAMED",
            // A log is one JSON object per line: the JVM's own warnings (protobuf's use of Unsafe, AOT cache notes)
            // would break that; its errors still print.
            "--sun-misc-unsafe-memory-access=allow",
            "-Xlog:aot*=error");

    private AgoraService() {}

    @Override
    public String toolName() {
        return "";
    }

    @Override
    public List<String> command(Home home, ServiceSpec service, @Nullable Prepared prepared) {
        List<String> command = new ArrayList<>(preparedCommand(service, prepared));
        command.addAll(service.arguments());
        return command;
    }

    @Override
    public boolean isPrepared() {
        return true;
    }

    @Override
    public List<String> jvmOptions() {
        return JVM_OPTIONS;
    }

    @Override
    public List<String> trainingArguments(ServiceSpec service, Path scratch) {
        List<String> arguments = new ArrayList<>();
        for (String argument : service.arguments()) {
            // The training run must not take the real ports nor touch the real database.
            if (argument.startsWith("--server.port=")
                    || argument.startsWith("--management.server.port=")
                    || argument.startsWith("--spring.grpc.server.port=")) {
                arguments.add(argument.substring(0, argument.indexOf('=') + 1) + "0");
            } else if (argument.startsWith("--agora.data-dir=")) {
                arguments.add("--agora.data-dir=" + scratch);
            } else {
                arguments.add(argument);
            }
        }
        return arguments;
    }

    @Override
    public URI readinessProbe(ServiceSpec service) {
        return URI.create("http://127.0.0.1:" + service.managementPort() + "/actuator/health/readiness");
    }

    @Override
    public String address(ServiceSpec service) {
        return service.url().toString();
    }

    @Override
    public Path module(Path repository, String name) {
        return repository.resolve("services").resolve(name);
    }

    @Override
    public Path built(Path repository, String name) {
        return module(repository, name).resolve("target").resolve(name + ".jar");
    }

    /** A service's jar holds its module, the shared platform modules and the contracts it uses. */
    @Override
    public List<Path> sources(Path repository, String name) {
        return List.of(
                repository.resolve("pom.xml"),
                repository.resolve("services/pom.xml"),
                module(repository, name),
                repository.resolve("platform"),
                repository.resolve("contracts"));
    }
}
