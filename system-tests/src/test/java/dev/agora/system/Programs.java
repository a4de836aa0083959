package dev.agora.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tools some tests run (promtool, actionlint, podman): what they answer. */
final class Programs {

    private Programs() {}

    /** What a program printed (output and errors together) and how it exited. */
    record Result(int exit, String output) {}

    /** Runs {@code command} in {@code directory}; fails if it has not finished within {@code limit}. */
    static Result run(List<String> command, Path directory, Duration limit) throws IOException, InterruptedException {
        // Into a file, not a pipe: a program that hangs must not hang the read, so that the time limit can act.
        Path outputFile = Files.createTempFile("agora-program-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(outputFile.toFile())
                    .start();
            boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            String output = Files.readString(outputFile, StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        command.getFirst() + " did not finish within " + limit.toSeconds() + " s: " + output);
            }
            return new Result(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(outputFile);
        }
    }
}
