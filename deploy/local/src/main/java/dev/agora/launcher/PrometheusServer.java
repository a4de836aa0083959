package dev.agora.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A real Prometheus (the Debian package's binary), started by {@code ./agora up --with prometheus}. It scrapes every
 * instance the launcher records, found through a file the launcher rewrites whenever one starts, restarts or stops
 * (Prometheus's file-based discovery), and evaluates the recording and alert rules of {@code deploy/observability}.
 * Its data lives under the home's {@code prometheus/} folder.
 */
public final class PrometheusServer implements HttpProbed {

    public static final String NAME = "prometheus";

    static final PrometheusServer KIND = new PrometheusServer();

    /** On the command line of the Prometheus this launcher starts (it is no JVM and takes no -D marker). */
    static final String CONFIG_FILE = "agora-prometheus.yml";

    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private PrometheusServer() {}

    public static ServiceSpec spec(int port) {
        return new ServiceSpec(NAME, port, port, List.of());
    }

    @Override
    public String toolName() {
        return NAME;
    }

    @Override
    public URI readinessProbe(ServiceSpec prometheus) {
        return URI.create("http://127.0.0.1:" + prometheus.port() + "/-/ready");
    }

    @Override
    public String address(ServiceSpec prometheus) {
        return prometheus.url().toString();
    }

    @Override
    public boolean isBuilt() {
        return false;
    }

    /** None: the Debian package's binary runs; this folder holds its rules. */
    @Override
    public Path module(Path repository, String name) {
        return repository.resolve("deploy/observability");
    }

    @Override
    public Path built(Path repository, String name) {
        return BINARY;
    }

    /** It is no JVM and takes no marker: its configuration file tells it from another Prometheus. */
    @Override
    public boolean runs(ServiceSpec prometheus, String commandLine) {
        return commandLine.contains(CONFIG_FILE);
    }

    /** The scrape targets, in Prometheus's file discovery format. */
    static Path targets(Home home) {
        return folder(home).resolve("targets.json");
    }

    /** Whether this machine has Prometheus (Debian's package) for {@code ./agora up --with prometheus}. */
    public static boolean isInstalled() {
        return Files.isExecutable(BINARY);
    }

    @Override
    public List<String> command(Home home, ServiceSpec prometheus, @Nullable Prepared unused) throws IOException {
        if (!isInstalled()) {
            throw new LaunchFailure("Prometheus is not installed (no " + BINARY + "): install the Debian package with"
                    + " sudo apt-get install prometheus, or start Agora without --with prometheus.");
        }
        Path config = folder(home).resolve(CONFIG_FILE);
        Files.writeString(
                config, """
                # Written by ./agora at each start. Targets: every instance the launcher started (targets.json).
                global:
                  scrape_interval: 5s
                  evaluation_interval: 5s
                rule_files:
                  - %s/*.yml
                scrape_configs:
                  - job_name: agora
                    metrics_path: /actuator/prometheus
                    # The service tag of the metrics is the service's own name, as on the target.
                    honor_labels: true
                    file_sd_configs:
                      - files: [%s]
                        refresh_interval: 2s
                """.formatted(home.repository().resolve("deploy/observability/rules"), targets(home)));
        return List.of(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + folder(home).resolve("data"),
                "--storage.tsdb.retention.time=2d",
                "--web.listen-address=127.0.0.1:" + prometheus.port(),
                "--web.enable-lifecycle");
    }

    /**
     * Lists every recorded instance of the services as a target, down ones included (Prometheus then reports them
     * down, which the InstanceDown alert watches). Written to a temporary file and moved, as Prometheus expects.
     */
    static void writeTargets(Home home, List<ServiceSpec> recorded) {
        String targets = recorded.stream()
                .filter(ServiceSpec::isAgoraService)
                .map(service -> """
                          {"targets": ["127.0.0.1:%d"], "labels": {"service": "%s", "instance": "%s"}}""".formatted(service.managementPort(), service.name(), service.id()))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Path file = targets(home);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, targets);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(Home home) {
        try {
            return Files.createDirectories(home.state().resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
