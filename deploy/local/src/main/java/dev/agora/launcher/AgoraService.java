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
        if (prepared == null) {
            throw new IllegalStateException(service.id() + " was not prepared");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessKind.javaExecutable());
        command.add(ProcessKind.marker(service.id()));
        command.addAll(JVM_OPTIONS);
        if (prepared.aotCache() != null) {
            command.add("-XX:AOTCache=" + prepared.aotCache());
        }
        command.addAll(List.of("-jar", prepared.jar().toString()));
        command.addAll(service.arguments());
        return command;
    }

    @Override
    public boolean isPrepared() {
        return true;
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
