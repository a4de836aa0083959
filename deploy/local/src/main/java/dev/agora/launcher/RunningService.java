package dev.agora.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A service the launcher started, as written to {@code <home>/run/<name>.properties} as soon as its JVM is started, so
 * that status and down find it from another terminal, after the launcher itself has gone, and even when the launcher
 * was interrupted before the service was ready.
 *
 * @param startOrder services are stopped in the reverse of this order
 * @param secondsToReady negative while the service is not ready yet
 */
public record RunningService(ServiceSpec spec, long pid, int startOrder, double secondsToReady) {

    private static final String ARGUMENT = "argument.";

    public Optional<ProcessHandle> process() {
        // The marker guards against a recycled pid that now belongs to some other program.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info()
                        .commandLine()
                        .map(line -> spec.kind().runs(spec, line))
                        .orElse(true));
    }

    public boolean isAlive() {
        return process().isPresent();
    }

    public boolean wasReady() {
        return secondsToReady >= 0;
    }

    RunningService ready(double seconds) {
        return new RunningService(spec, pid, startOrder, seconds);
    }

    /** Written to a temporary file and moved into place, so a reader never sees half a record. */
    void save(Home home) {
        Properties properties = new Properties();
        properties.setProperty("name", spec.name());
        properties.setProperty("instance", String.valueOf(spec.instance()));
        properties.setProperty("port", String.valueOf(spec.port()));
        properties.setProperty("managementPort", String.valueOf(spec.managementPort()));
        properties.setProperty("pid", String.valueOf(pid));
        properties.setProperty("startOrder", String.valueOf(startOrder));
        properties.setProperty("secondsToReady", String.valueOf(secondsToReady));
        for (int index = 0; index < spec.arguments().size(); index++) {
            properties.setProperty(ARGUMENT + index, spec.arguments().get(index));
        }
        Path file = file(home, spec);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial)) {
                properties.store(out, "Written by ./agora; removed by ./agora down");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(Home home) {
        try {
            Files.deleteIfExists(file(home, spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record, in start order; a record that cannot be read is removed, as it names nothing we can stop. */
    static List<RunningService> recorded(Home home) {
        List<RunningService> recorded = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.runs())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                read(file).ifPresentOrElse(recorded::add, () -> deleteQuietly(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded.sort(Comparator.comparingInt(RunningService::startOrder)
                .thenComparing(service -> service.spec().name())
                .thenComparingInt(service -> service.spec().instance()));
        return recorded;
    }

    private static Optional<RunningService> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            int port = Integer.parseInt(properties.getProperty("port"));
            ServiceSpec spec = new ServiceSpec(
                    properties.getProperty("name"),
                    Integer.parseInt(properties.getProperty("instance", "1")),
                    port,
                    Integer.parseInt(properties.getProperty("managementPort", String.valueOf(port))),
                    arguments(properties));
            return Optional.of(new RunningService(
                    spec,
                    Long.parseLong(properties.getProperty("pid")),
                    Integer.parseInt(properties.getProperty("startOrder", "0")),
                    Double.parseDouble(properties.getProperty("secondsToReady", "-1"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The arguments it was started with, so that a restart starts it as it was (its storage, its scale). */
    private static List<String> arguments(Properties properties) {
        List<String> arguments = new ArrayList<>();
        for (String argument = properties.getProperty(ARGUMENT + 0);
                argument != null;
                argument = properties.getProperty(ARGUMENT + arguments.size())) {
            arguments.add(argument);
        }
        return arguments;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the next look; it is skipped again.
        }
    }

    private static Path file(Home home, ServiceSpec spec) {
        return home.runs().resolve(spec.fileName() + ".properties");
    }
}
