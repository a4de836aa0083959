package dev.agora.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints what services write to their logs as they write it, each line prefixed with the service's name. */
final class LogFollower {

    private final Map<String, Path> logs;
    private final Map<String, Long> positions = new LinkedHashMap<>();
    private final Map<String, StringBuilder> partial = new LinkedHashMap<>();
    private final boolean raw;
    private final PrintStream out;
    private final int width;

    /** {@code fromStart} prints what the logs already hold first; otherwise only what comes next. */
    LogFollower(Map<String, Path> logs, boolean fromStart, boolean raw, PrintStream out) {
        this.logs = logs;
        this.raw = raw;
        this.out = out;
        this.width = logs.keySet().stream().mapToInt(String::length).max().orElse(0);
        logs.forEach((name, file) -> {
            positions.put(name, fromStart ? 0L : sizeOf(file));
            partial.put(name, new StringBuilder());
        });
    }

    /** Follows until the thread is interrupted (Ctrl-C ends the launcher, which stops the services first). */
    void follow() {
        while (!Thread.currentThread().isInterrupted()) {
            boolean printed = false;
            for (String name : logs.keySet()) {
                printed |= printNew(name);
            }
            if (!printed) {
                try {
                    Thread.sleep(Duration.ofMillis(200));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private boolean printNew(String name) {
        Path file = logs.get(name);
        long size = sizeOf(file);
        long position = positions.get(name);
        if (size < position) {
            position = 0; // the service was restarted and its log begun anew
        }
        if (size == position) {
            return false;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(position);
            byte[] chunk = new byte[(int) Math.min(size - position, 1 << 20)];
            in.readFully(chunk);
            positions.put(name, position + chunk.length);
            StringBuilder pending = partial.get(name).append(new String(chunk, StandardCharsets.UTF_8));
            int newline;
            while ((newline = pending.indexOf("\n")) >= 0) {
                String line = pending.substring(0, newline);
                pending.delete(0, newline + 1);
                print(name, line);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void print(String name, String line) {
        String prefix = String.format(Locale.ROOT, "%-" + width + "s | ", name);
        String text = raw ? line : Logs.render(line);
        out.println(prefix + text.replace(System.lineSeparator(), System.lineSeparator() + prefix));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
