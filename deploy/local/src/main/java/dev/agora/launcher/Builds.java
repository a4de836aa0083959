package dev.agora.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds the service jars that are missing or older than their sources, with the repository's own ./mvnw. */
public final class Builds {

    private final Home home;
    private final PrintStream out;

    /** {@code out}: where it says what it builds. */
    public Builds(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    public void buildStale(List<ServiceSpec> services) {
        List<String> stale = new ArrayList<>();
        for (ServiceSpec service : services) {
            if (service.kind().isBuilt() && isStale(service)) {
                stale.add(service.name());
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        List<String> modules = services.stream()
                .filter(service -> stale.contains(service.name()))
                .map(service -> home.repository()
                        .relativize(service.module(home.repository()))
                        .toString())
                .toList();
        Path log = home.log("build");
        out.println("Building " + String.join(", ", stale)
                + " (missing or older than their sources; about a minute the first time, output in "
                + home.repository().relativize(log) + ") ...");
        List<String> command = List.of(
                home.repository().resolve("mvnw").toString(),
                "-B",
                "-q",
                "package",
                // What runs, not its tests: they are neither compiled nor run here (./mvnw verify runs them).
                "-Dmaven.test.skip=true",
                "-pl",
                String.join(",", modules),
                "-am");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tools.run(command, home.repository(), log, "The build failed; fix it and run ./agora up again");
        // Maven leaves a jar untouched when its content did not change; mark it as built from these sources.
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        for (ServiceSpec service : services) {
            if (stale.contains(service.name())) {
                touch(service.jar(home.repository()), now);
            }
        }
    }

    boolean isStale(ServiceSpec service) {
        Path jar = service.jar(home.repository());
        if (!Files.exists(jar)) {
            return true;
        }
        FileTime built = builtAt(jar);
        List<Path> sources = service.kind().sources(home.repository(), service.name());
        return sources.stream().anyMatch(source -> newestSource(source).compareTo(built) > 0);
    }

    /**
     * When the jar was built. Spring Boot gives the executable jar the build's fixed, reproducible time
     * ({@code project.build.outputTimestamp}), not the time of the build: the plain jar it was made from ({@code
     * .jar.original}, beside it) keeps that.
     */
    private static FileTime builtAt(Path jar) {
        FileTime built = modified(jar);
        Path original = jar.resolveSibling(jar.getFileName() + ".original");
        if (!Files.isRegularFile(original)) {
            return built;
        }
        FileTime plainJarBuilt = modified(original);
        return plainJarBuilt.compareTo(built) > 0 ? plainJarBuilt : built;
    }

    private static FileTime newestSource(Path root) {
        if (!Files.exists(root)) {
            return FileTime.fromMillis(0);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(Builds::goesIntoTheJar)
                    .map(Builds::modified)
                    .max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Main sources, resources and POMs; tests and build output do not change what runs. */
    private static boolean goesIntoTheJar(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/target/") && (path.contains("/src/main/") || path.endsWith("pom.xml"));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void touch(Path file, FileTime time) {
        try {
            Files.setLastModifiedTime(file, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
