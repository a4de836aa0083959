package dev.agora.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the repository (sources, built jars) and the folder the launcher keeps its state, logs and
 * databases in ({@code .agora/} for ./agora, a folder under target/ for the system tests).
 */
public record Home(Path repository, Path state) {

    public Home {
        repository = repository.toAbsolutePath().normalize();
        state = state.toAbsolutePath().normalize();
    }

    /** The home of ./agora: {@code .agora/} at the root of the repository. */
    public static Home of(Path repository) {
        return new Home(repository, repository.resolve(".agora"));
    }

    /** Finds the repository root from a folder inside it (the one holding the root pom.xml and ./agora). */
    public static Path findRepository(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("agora"))) {
                return dir;
            }
        }
        throw new LaunchFailure("Not inside the Agora repository: no folder above " + from.toAbsolutePath()
                + " holds both pom.xml and agora.");
    }

    public Path logs() {
        return created(state.resolve("logs"));
    }

    public Path runs() {
        return created(state.resolve("run"));
    }

    /**
     * Unpacked service jars and their JDK AOT caches, one folder per jar content: they belong to the repository's
     * jars, not to one home's state, so every home (./agora, the system tests) shares them, and a rebuild that changes
     * nothing (the build is reproducible) keeps them.
     */
    public Path apps() {
        return created(repository.resolve(".agora").resolve("app"));
    }

    public Path data() {
        return created(state.resolve("data"));
    }

    /** Development mail: notifications writes each message here as a file. */
    public Path mail() {
        return created(state.resolve("mail"));
    }

    public Path log(String service) {
        return logs().resolve(service + ".log");
    }

    private static Path created(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
