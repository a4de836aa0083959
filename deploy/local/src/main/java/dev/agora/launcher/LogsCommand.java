package dev.agora.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code ./agora logs}: the services' logs merged in time order, followed, or only the lines of one trace. */
final class LogsCommand extends Command {

    private static final Usage USAGE = new Usage(
            "logs [SERVICE...] [-f] [--raw] | logs --trace TRACE_ID",
            """
            the logs (all services merged in time order, or the ones named); -f (--follow) follows them, --raw
            prints the JSON lines as written.
            --trace: the lines of every service for one trace (the X-Trace-Id of a response), in time order
            """,
            List.of(Option.flag("-f", "--follow"), Option.flag("--raw"), Option.valued("--trace", "TRACE_ID")),
            0,
            Usage.ANY_NUMBER);

    LogsCommand() {
        super(USAGE);
    }

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        boolean follow = arguments.has("-f");
        boolean raw = arguments.has("--raw");
        String trace = arguments.value("--trace", "");
        if (!trace.isEmpty() && !TRACE_ID.matcher(trace).matches()) {
            throw new UsageError("'" + trace + "' is no trace id: 32 hexadecimal digits, as in the X-Trace-Id"
                    + " header of a gateway response or the traceId of a problem.");
        }
        if (!trace.isEmpty() && follow) {
            throw new UsageError("--trace prints what the logs hold for one trace; it does not follow (-f).");
        }
        List<ServiceSpec> known = Topology.services(
                home,
                0,
                Scale.of(new Platform(home, Duration.ZERO, out)
                        .recorded().stream().map(RunningService::spec).toList()));
        List<ServiceSpec> chosen = arguments.words().isEmpty()
                ? known
                : arguments.words().stream().map(name -> named(name, known)).toList();
        Map<String, Path> files = Logs.filesOf(home, chosen);
        if (follow) {
            new LogFollower(files, true, raw, out).follow();
        } else {
            printMerged(files, raw, trace.isEmpty() ? line -> true : line -> Logs.isOfTrace(line, trace), out);
        }
        return 0;
    }

    private static ServiceSpec named(String name, List<ServiceSpec> known) {
        return known.stream()
                .filter(service -> service.id().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageError("no service named '" + name + "'; there are "
                        + String.join(", ", known.stream().map(ServiceSpec::id).toList()) + "."));
    }

    /**
     * Every line of the given logs, merged in time order, each prefixed with its service. Read line by line (logs grow
     * large under load); a line without a timestamp keeps the place of the line before it.
     */
    private static void printMerged(Map<String, Path> files, boolean raw, Predicate<String> shown, PrintStream out) {
        int width = files.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<MergedLog> logs = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                if (Files.isRegularFile(file.getValue())) {
                    logs.add(new MergedLog(file.getKey(), file.getValue()));
                }
            }
            while (true) {
                MergedLog next = logs.stream()
                        .filter(MergedLog::hasLine)
                        .min(Comparator.comparing(MergedLog::timestamp))
                        .orElse(null);
                if (next == null) {
                    return;
                }
                if (shown.test(next.line)) {
                    out.println(String.format(Locale.ROOT, "%-" + width + "s | ", next.service)
                            + (raw ? next.line : Logs.render(next.line)));
                }
                next.advance();
            }
        } catch (IOException e) {
            throw new LaunchFailure("Cannot read the logs: " + e.getMessage());
        } finally {
            logs.forEach(MergedLog::close);
        }
    }

    /** One log being merged: its current line and that line's timestamp. */
    private static final class MergedLog {
        final String service;
        final BufferedReader reader;
        String line;
        String timestamp = "";

        MergedLog(String service, Path file) throws IOException {
            this.service = service;
            // A decoder that replaces bytes that are not UTF-8, rather than failing on them.
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
            advance();
        }

        boolean hasLine() {
            return line != null;
        }

        String timestamp() {
            return timestamp;
        }

        void advance() throws IOException {
            line = reader.readLine();
            if (line != null) {
                String own = Logs.timestampOf(line);
                timestamp = own.isEmpty() ? timestamp : own;
            }
        }

        void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // Read-only: nothing is lost.
            }
        }
    }
}
