package dev.agora.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The tools the launcher runs (buildah, podman, ldd, ./mvnw): run, logged, and failed on clearly. */
public final class Tools {

    private Tools() {}

    /** Fails with how to install {@code program} when it is not on the PATH. */
    static void require(String program, String install) {
        if (!isInstalled(program)) {
            throw new LaunchFailure(program + " is not installed: " + install + ".");
        }
    }

    /** Whether {@code program} is an executable in a directory of the PATH. */
    public static boolean isInstalled(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command}, its output appended to {@code log}; fails with its last lines unless it exits with 0. */
    static void run(List<String> command, Path log, String failure) {
        run(command, Path.of(""), log, failure);
    }

    /** As {@link #run(List, Path, String)}, in {@code directory}. */
    static void run(List<String> command, Path directory, Path log, String failure) {
        int exit = exitOf(command, directory, log);
        if (exit != 0) {
            throw new LaunchFailure(
                    failure + " (" + command.getFirst() + " exited with " + exit + "). Last lines of " + log + ":",
                    Logs.lastLines(log, 25));
        }
    }

    /** The exit code of {@code command}, its output appended to {@code log}. */
    static int exitOf(List<String> command, Path directory, Path log) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return process.waitFor();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while running " + command.getFirst() + ".");
        }
    }

    /** The exit code of {@code command}, its output discarded. */
    static int exitOf(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while running " + command.getFirst() + ".");
        }
    }

    /** What {@code command} prints on its standard output; its errors go to {@code log}, and a failure fails. */
    static String output(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                Files.writeString(log, output, StandardOpenOption.APPEND);
                throw new LaunchFailure(
                        String.join(" ", command) + " exited with " + exit + ". Last lines of " + log + ":",
                        Logs.lastLines(log, 25));
            }
            return output;
        } catch (IOException e) {
            throw new LaunchFailure("Cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while running " + command.getFirst() + ".");
        }
    }
}
