package dev.agora.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A service the launcher started, as written to {@code <home>/run/<name>.properties}, so that status and down work
 * from another terminal and after the launcher itself has gone.
 */
public record RunningService(ServiceSpec spec, long pid, double secondsToReady) {

    public Optional<ProcessHandle> process() {
        // The marker guards against a recycled pid that now belongs to some other program.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info()
                        .commandLine()
                        .map(line -> line.contains(Platform.marker(spec.name())))
                        .orElse(true));
    }

    public boolean isAlive() {
        return process().isPresent();
    }

    void save(Home home) {
        Properties properties = new Properties();
        properties.setProperty("name", spec.name());
        properties.setProperty("port", String.valueOf(spec.port()));
        properties.setProperty("managementPort", String.valueOf(spec.managementPort()));
        properties.setProperty("pid", String.valueOf(pid));
        properties.setProperty("secondsToReady", String.valueOf(secondsToReady));
        try (Writer out = Files.newBufferedWriter(file(home, spec.name()))) {
            properties.store(out, "Written by ./agora; removed by ./agora down");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(Home home) {
        try {
            Files.deleteIfExists(file(home, spec.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RunningService> recorded(Home home) {
        List<RunningService> recorded = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.runs())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                int port = Integer.parseInt(properties.getProperty("port"));
                ServiceSpec spec = new ServiceSpec(
                        properties.getProperty("name"),
                        port,
                        Integer.parseInt(properties.getProperty("managementPort", String.valueOf(port))),
                        List.of());
                recorded.add(new RunningService(
                        spec,
                        Long.parseLong(properties.getProperty("pid")),
                        Double.parseDouble(properties.getProperty("secondsToReady", "0"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorded;
    }

    private static Path file(Home home, String name) {
        return home.runs().resolve(name + ".properties");
    }
}
