package dev.agora.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the services' logs. They are JSON lines (for machines); a person gets them rendered as
 * {@code time LEVEL message key=value...}, with the raw line kept for anything that is not JSON.
 */
public final class Logs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SHOWN_APART = Set.of(
            "@timestamp",
            "@version",
            "message",
            "logger_name",
            "thread_name",
            "level",
            "level_value",
            "service",
            "instance",
            "tags",
            "stack_trace",
            "spanId");

    private static final Pattern PLAIN_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+ ");

    private Logs() {}

    /** Where each of {@code services} writes its log, by the id users know it by. */
    static Map<String, Path> filesOf(Home home, List<ServiceSpec> services) {
        Map<String, Path> files = new LinkedHashMap<>();
        services.forEach(service -> files.put(service.id(), home.log(service.fileName())));
        return files;
    }

    /** One log line as a person reads it. */
    public static String render(String line) {
        if (!line.startsWith("{")) {
            return line;
        }
        try {
            JsonNode event = JSON.readTree(line);
            String time = event.path("@timestamp").asString("");
            String clock = time.length() >= 23 ? time.substring(11, 23) : time;
            StringBuilder out = new StringBuilder()
                    .append(clock)
                    .append(' ')
                    .append(String.format(
                            Locale.ROOT, "%-5s", event.path("level").asString("")))
                    .append(' ')
                    .append(event.path("message").asString(""));
            String extras = event.properties().stream()
                    .filter(field -> !SHOWN_APART.contains(field.getKey()))
                    .map(field -> field.getKey() + "=" + text(field.getValue()))
                    .collect(Collectors.joining(" "));
            if (!extras.isEmpty()) {
                out.append("  ").append(extras);
            }
            String stack = event.path("stack_trace").asString("");
            if (!stack.isEmpty()) {
                out.append(System.lineSeparator()).append(stack.strip());
            }
            return out.toString();
        } catch (JacksonException e) {
            return line;
        }
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    /** The last {@code count} lines of a log, rendered, for an error message. */
    public static String lastLines(Path log, int count) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        Deque<String> last = new ArrayDeque<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - 256 * 1024);
            file.seek(start);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.readFully(tail);
            for (String line : new String(tail, StandardCharsets.UTF_8).split("\n")) {
                last.addLast(line);
                if (last.size() > count) {
                    last.removeFirst();
                }
            }
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
        last.removeIf(String::isBlank);
        if (last.isEmpty()) {
            return "  (nothing logged yet)";
        }
        return last.stream().map(line -> "  " + render(line)).collect(Collectors.joining(System.lineSeparator()));
    }

    /** Whether a line was logged within the trace {@code traceId} (its {@code traceId} field). */
    static boolean isOfTrace(String line, String traceId) {
        if (!line.startsWith("{") || !line.contains(traceId)) {
            return false; // most lines: no JSON parsing needed
        }
        try {
            return traceId.equals(JSON.readTree(line).path("traceId").asString(""));
        } catch (JacksonException e) {
            return false;
        }
    }

    /** The timestamp of a log line (JSON or the broker's), for merging logs in time order; empty when it has none. */
    static String timestampOf(String line) {
        if (PLAIN_TIMESTAMP.matcher(line).lookingAt()) {
            return line.substring(0, line.indexOf(' ')); // the broker's lines: "2026-11-28T16:40:00.123Z INFO ..."
        }
        if (!line.startsWith("{")) {
            return "";
        }
        try {
            return JSON.readTree(line).path("@timestamp").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }
}
