package dev.agora.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code ./agora}: runs Agora on this machine, one JVM per service, no containers needed. */
public final class Agora {

    static final String USAGE = """
            Usage: ./agora <command>

              up [-d] [--timeout SECONDS] [--scale SERVICE=N,...] [--with prometheus]
                                            build what is missing or stale, start every service and wait until each
                                            is ready; then follow the logs until Ctrl-C stops everything.
                                            -d returns once all are ready and leaves them running.
                                            --scale catalog=2,orders=2 runs more instances (each on its ports + 100)
                                            Zipkin always runs (traces, http://127.0.0.1:9411/zipkin/);
                                            --with prometheus adds Prometheus with the alert rules (port 9090)
              down                          stop every service and wait until its ports are free
              status                        every instance: where, whether it is healthy, its circuit breakers
              kill SERVICE[#N]              SIGKILL one instance, as a crash would (catalog, catalog#2), to watch the
                                            rest cope; status then shows it DOWN
              restart SERVICE[#N]           stop one instance gracefully if it runs, start it again, wait until ready
              chaos SERVICE[#N] SETTING...  slow down or fail the API of a service (every instance, or one) at run
                                            time: latency=2s, errors=20%, both, or off (docs/guides/resilience.md)
              logs [SERVICE] [-f] [--raw]   the logs (all services merged in time order, or one); -f follows them,
                                            --raw prints the JSON lines as written
              logs --trace TRACE_ID         the lines of every service for one trace (X-Trace-Id), in time order
              token USER                    print a fresh access token for a seeded user (alice, bob or admin),
                                            obtained by signing in through the gateway (authorization code + PKCE):
                                            curl -H "Authorization: Bearer $(./agora token alice)" ...
              dlt list                      the messages waiting in each dead-letter topic (<topic>.DLT): what failed,
                                            why, and where it came from
              dlt redrive TOPIC             publish the waiting messages of TOPIC.DLT to TOPIC again, once the cause
                                            of their failure is mended (each message is redriven once)
              image build [SERVICE|all] [--base-image IMAGE]
                                            build the container image of one service, or of all, with buildah:
                                            agora/<service>:<version> from deploy/container/Containerfile, with a
                                            JDK AOT cache; on a Java runtime made here from this JDK (jlink), or
                                            on IMAGE (e.g. docker.io/library/eclipse-temurin:25-jre); prints sizes
              kube up [--timeout SECONDS]   run deploy/k8s/overlays/local with podman: the images (built if
                                            missing), one pod per service on the host's network, beside the
                                            launcher's Kafka and Zipkin; waits until every pod is ready
              kube status                   each service's pod and whether it is ready
              kube down                     remove the pods and stop Kafka and Zipkin
              help                          this text

            State, logs and databases live in .agora/ (delete it to start afresh).
            """;

    private Agora() {}

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args)));
        } catch (LaunchFailure failure) {
            System.err.println("agora: " + failure.getMessage());
            if (!failure.details().isBlank()) {
                System.err.println(failure.details());
            }
            System.exit(1);
        } catch (RuntimeException unexpected) {
            System.err.println("agora: unexpected failure: " + unexpected
                    + " (please report it with the command you ran; ./agora down stops anything left running)");
            System.exit(2);
        }
    }

    static int run(List<String> args) {
        return run(Home.of(Home.findRepository(Path.of(""))), args);
    }

    /** Runs one command against the platform whose state is in {@code home} (tests use their own). */
    public static int run(Home home, List<String> args) {
        String command = args.isEmpty() ? "help" : args.getFirst();
        List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (command) {
            case "up" -> up(home, options);
            case "down" -> down(home);
            case "status" -> status(home);
            case "kill" -> kill(home, options);
            case "restart" -> restart(home, options);
            case "chaos" -> chaos(home, options);
            case "logs" -> logs(home, options);
            case "token" -> token(home, options);
            case "dlt" -> deadLetters(home, options);
            case "image" -> image(home, options);
            case "kube" -> kube(home, options);
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> throw new LaunchFailure("Unknown command '" + command + "'. Run ./agora help.");
        };
    }

    private static int up(Home home, List<String> options) {
        boolean detached = options.contains("-d") || options.contains("--detach");
        Duration timeout = Duration.ofSeconds(intOption(options, "--timeout", 120));
        Scale scale = Scale.parse(stringOption(options, "--scale", ""));
        List<ServiceSpec> services = Topology.services(home, 0, scale, withPrometheus(options));
        Platform platform = new Platform(home, timeout);
        new Builds(home).buildStale(services);
        // Registered before the start: Ctrl-C while services are still starting must stop them too.
        Thread stopOnExit = Thread.ofPlatform().unstarted(() -> {
            System.out.println();
            System.out.println("Stopping Agora ...");
            List<String> stopped = platform.stopAll();
            System.out.println(
                    stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        List<RunningService> running;
        try {
            running = platform.start(services);
        } catch (LaunchFailure failure) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit); // start() has stopped what it started
            throw failure;
        }
        printTable(running, false);
        System.out.println();
        System.out.println("Agora is ready: try  curl -s http://127.0.0.1:8080/api/products?size=3");
        running.stream()
                .filter(service -> service.spec().name().equals(ZipkinServer.NAME))
                .forEach(zipkin -> System.out.println("Traces: " + zipkin.spec().address()
                        + "  (the X-Trace-Id of a response: ./agora logs --trace <id>)"));
        running.stream()
                .filter(service -> service.spec().name().equals(PrometheusServer.NAME))
                .forEach(prometheus -> System.out.println(
                        "Metrics and alerts: " + prometheus.spec().url() + "/classic/alerts"));
        if (detached) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            System.out.println("Running in the background: ./agora status, ./agora logs -f, ./agora down.");
            return 0;
        }
        System.out.println("Following the logs; Ctrl-C stops Agora.");
        new LogFollower(logFiles(home, services), false, false).follow();
        return 0;
    }

    /** The development accounts identity seeds (services/identity application.yml, dev profile). */
    static final Map<String, String> SEEDED_PASSWORDS =
            Map.of("alice", "alice-password", "bob", "bob-password", "admin", "admin-password");

    private static int token(Home home, List<String> options) {
        if (options.size() != 1 || !SEEDED_PASSWORDS.containsKey(options.getFirst())) {
            throw new LaunchFailure("Usage: ./agora token <alice|bob|admin> (the seeded development accounts).");
        }
        String user = options.getFirst();
        URI gateway = new Platform(home, Duration.ZERO)
                .running("gateway")
                .map(service -> service.spec().url())
                // Else whatever serves 127.0.0.1:8080: the pods of ./agora kube up, or a kubectl port-forward.
                .orElse(URI.create("http://127.0.0.1:8080"));
        try {
            SignIn.Tokens tokens = new SignIn(gateway).withPassword(user + "@agora.test", SEEDED_PASSWORDS.get(user));
            System.out.println(tokens.accessToken());
            return 0;
        } catch (SignIn.Refused refused) {
            String hint = switch (refused.status()) {
                case 503 ->
                    " Is Agora running? Start it with ./agora up -d (or ./agora kube up, or port-forward a cluster's"
                            + " gateway to 127.0.0.1:8080).";
                case 429 ->
                    " The gateway allows 5 sign-ins a minute from one address: keep a token in a variable"
                            + " (TOKEN=$(./agora token " + user + ")) and reuse it; it is valid for 5 minutes.";
                default -> "";
            };
            throw new LaunchFailure("Cannot sign in as " + user + ": " + refused.getMessage() + hint);
        }
    }

    private static int deadLetters(Home home, List<String> options) {
        String usage = "Usage: ./agora dlt list | ./agora dlt redrive <topic>, one of "
                + Topology.topics().keySet().stream()
                        .filter(topic -> !topic.endsWith(".DLT"))
                        .toList();
        boolean list = options.size() == 1 && options.getFirst().equals("list");
        boolean redrive = options.size() == 2 && options.getFirst().equals("redrive");
        if (!list && !redrive) {
            throw new LaunchFailure(usage);
        }
        ServiceSpec broker = new Platform(home, Duration.ZERO)
                .running(KafkaBroker.NAME)
                .map(RunningService::spec)
                .orElseThrow(() -> new LaunchFailure("Kafka is not running: start Agora with ./agora up -d."));
        DeadLetters deadLetters = new DeadLetters(KafkaBroker.bootstrapServers(broker));
        if (redrive) {
            String topic = options.get(1);
            if (!Topology.topics().containsKey(DeadLetters.dltOf(topic))) {
                throw new LaunchFailure("No dead-letter topic for '" + topic + "'. " + usage);
            }
            int count = deadLetters.redrive(topic);
            System.out.println("Redrove " + count + " message" + (count == 1 ? "" : "s") + " from "
                    + DeadLetters.dltOf(topic) + " to its topic.");
            return 0;
        }
        int total = 0;
        for (String dlt : Topology.topics().keySet()) {
            if (!dlt.endsWith(".DLT")) {
                continue;
            }
            List<DeadLetters.DeadLetter> waiting = deadLetters.waiting(dlt);
            total += waiting.size();
            System.out.println(dlt + ": " + waiting.size() + " waiting");
            waiting.forEach(letter -> System.out.println(letter.describe()));
        }
        if (total > 0) {
            System.out.println("Mend the cause, then: ./agora dlt redrive <topic>");
        }
        return 0;
    }

    private static int kube(Home home, List<String> options) {
        String usage = "Usage: ./agora kube up [--timeout SECONDS] | ./agora kube status | ./agora kube down";
        Kube kube = new Kube(home, Duration.ofSeconds(intOption(options, "--timeout", 180)));
        switch (options.isEmpty() ? "" : options.getFirst()) {
            case "up" -> {
                kube.up();
                System.out.println();
                kube.status().forEach((pod, state) -> System.out.printf("%-22s %s%n", pod, state));
                System.out.println();
                System.out.println("Agora runs in pods: try  curl -s http://127.0.0.1:8080/api/products?size=3");
                System.out.println("./agora kube status, podman logs <pod>-<service>, ./agora kube down.");
            }
            case "status" -> kube.status().forEach((pod, state) -> System.out.printf("%-22s %s%n", pod, state));
            case "down" -> {
                List<String> stopped = kube.down();
                System.out.println(
                        stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
            }
            default -> throw new LaunchFailure(usage);
        }
        return 0;
    }

    private static int image(Home home, List<String> options) {
        String usage = "Usage: ./agora image build [SERVICE|all] [--base-image IMAGE], SERVICE one of "
                + String.join(", ", Images.SERVICES);
        List<String> words = options.stream()
                .filter(option -> !option.startsWith("--"))
                .filter(option -> !option.equals(stringOption(options, "--base-image", "")))
                .toList();
        if (words.isEmpty() || !words.getFirst().equals("build") || words.size() > 2) {
            throw new LaunchFailure(usage);
        }
        String which = words.size() == 2 ? words.get(1) : "all";
        List<String> services = which.equals("all") ? Images.SERVICES : List.of(which);
        if (!Images.SERVICES.containsAll(services)) {
            throw new LaunchFailure("No service '" + which + "'. " + usage);
        }
        String base = stringOption(options, "--base-image", "");
        List<Images.Built> built = new Images(home).build(services, base.isBlank() ? null : base);
        System.out.println();
        System.out.printf("%-32s %s%n", "IMAGE", "SIZE");
        built.forEach(image -> System.out.printf("%-32s %s%n", image.image(), image.size()));
        return 0;
    }

    private static int down(Home home) {
        List<String> stopped = new Platform(home, Duration.ZERO).stopAll();
        System.out.println(stopped.isEmpty() ? "Nothing runs." : "Stopped " + String.join(", ", stopped) + ".");
        return 0;
    }

    private static int status(Home home) {
        List<RunningService> recorded = new Platform(home, Duration.ZERO).recorded();
        if (recorded.isEmpty()) {
            System.out.println("Nothing runs. Start Agora with ./agora up.");
            return 0;
        }
        printTable(recorded, true);
        return recorded.stream().allMatch(service -> service.isAlive() && Platform.isReady(service.spec())) ? 0 : 1;
    }

    private static int kill(Home home, List<String> options) {
        String id = oneInstance(options, "kill");
        // The exact instance: "catalog" is catalog's first, never whichever of its instances still runs.
        RunningService victim = new Platform(home, Duration.ZERO)
                .running().stream()
                        .filter(service -> service.spec().id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new LaunchFailure(
                                "No running instance named '" + options.getFirst() + "'; see ./agora status."));
        ProcessHandle process = victim.process().orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        System.out.println("Killed " + victim.spec().id() + " (pid " + victim.pid()
                + ") with SIGKILL: no graceful shutdown. Bring it back with ./agora restart "
                + victim.spec().id()
                + ".");
        return 0;
    }

    private static int restart(Home home, List<String> options) {
        String id = oneInstance(options, "restart");
        Platform platform = new Platform(home, Duration.ofSeconds(120));
        List<ServiceSpec> started =
                platform.recorded().stream().map(RunningService::spec).toList();
        if (started.isEmpty()) {
            throw new LaunchFailure("Agora is not running: start it with ./agora up -d.");
        }
        ServiceSpec spec = Topology.services(home, 0, Scale.of(started)).stream()
                .filter(service -> service.id().equals(id) || (service.name().equals(id) && service.instance() == 1))
                .findFirst()
                .orElseThrow(() -> new LaunchFailure("No instance named '" + id + "' was started; there are "
                        + String.join(
                                ", ", started.stream().map(ServiceSpec::id).toList()) + "."));
        System.out.println("Restarting " + spec.id() + " ...");
        RunningService restarted = platform.restart(spec);
        System.out.printf(Locale.ROOT, "%s is ready again (%.1f s).%n", spec.id(), restarted.secondsToReady());
        return 0;
    }

    private static int chaos(Home home, List<String> options) {
        String usage = "Usage: ./agora chaos <service>[#n] latency=2s|errors=20%|off, for example ./agora chaos"
                + " catalog latency=2s errors=20%";
        if (options.size() < 2) {
            throw new LaunchFailure(usage);
        }
        String target = options.getFirst();
        String body = ChaosSwitch.body(options.subList(1, options.size()), usage);
        List<RunningService> instances = new Platform(home, Duration.ZERO)
                .running().stream()
                        .filter(service -> service.spec().id().equals(target)
                                || service.spec().name().equals(target))
                        .filter(service -> service.spec().isAgoraService())
                        .toList();
        if (instances.isEmpty()) {
            throw new LaunchFailure("No running service or instance named '" + target + "'; see ./agora status.");
        }
        for (RunningService instance : instances) {
            System.out.println(instance.spec().id() + ": " + ChaosSwitch.send(instance.spec(), body));
        }
        return 0;
    }

    private static String oneInstance(List<String> options, String command) {
        if (options.size() != 1) {
            throw new LaunchFailure("Usage: ./agora " + command + " <service>[#n], for example ./agora " + command
                    + " catalog#2 (see ./agora status).");
        }
        String id = options.getFirst();
        return id.endsWith("#1") ? id.substring(0, id.length() - 2) : id;
    }

    private static int logs(Home home, List<String> options) {
        boolean follow = options.contains("-f") || options.contains("--follow");
        boolean raw = options.contains("--raw");
        String trace = stringOption(options, "--trace", "");
        if (!trace.isEmpty() && !TRACE_ID.matcher(trace).matches()) {
            throw new LaunchFailure("'" + trace + "' is no trace id: 32 hexadecimal digits, as in the X-Trace-Id"
                    + " header of a gateway response or the traceId of a problem.");
        }
        if (!trace.isEmpty() && follow) {
            throw new LaunchFailure("--trace prints what the logs hold for one trace; it does not follow (-f).");
        }
        List<String> names = options.stream()
                .filter(option -> !option.startsWith("-") && !option.equals(trace))
                .toList();
        List<ServiceSpec> known = Topology.services(
                home,
                0,
                Scale.of(new Platform(home, Duration.ZERO)
                        .recorded().stream().map(RunningService::spec).toList()));
        List<ServiceSpec> chosen = names.isEmpty()
                ? known
                : names.stream()
                        .map(name -> known.stream()
                                .filter(service -> service.id().equals(name))
                                .findFirst()
                                .orElseThrow(() -> new LaunchFailure("No service named '" + name + "'; there are "
                                        + String.join(
                                                ", ",
                                                known.stream()
                                                        .map(ServiceSpec::id)
                                                        .toList()) + ".")))
                        .toList();
        Map<String, Path> files = logFiles(home, chosen);
        if (follow) {
            new LogFollower(files, true, raw).follow();
        } else {
            printMerged(files, raw, trace.isEmpty() ? line -> true : line -> Logs.isOfTrace(line, trace));
        }
        return 0;
    }

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    /**
     * Every line of the given logs, merged in time order, each prefixed with its service. Read line by line (logs grow
     * large under load); a line without a timestamp keeps the place of the line before it.
     */
    private static void printMerged(Map<String, Path> files, boolean raw, Predicate<String> shown) {
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
                    System.out.println(String.format(Locale.ROOT, "%-" + width + "s | ", next.service)
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

    private static Map<String, Path> logFiles(Home home, List<ServiceSpec> services) {
        Map<String, Path> files = new LinkedHashMap<>();
        services.forEach(service -> files.put(service.id(), home.log(service.fileName())));
        return files;
    }

    private static void printTable(List<RunningService> services, boolean withHealth) {
        // As wide as the longest id (notifications#2), so that the columns line up.
        String format = withHealth ? "%-15s %-30s %-8s %-10s %-10s %s%n" : "%-15s %-30s %-8s %s%n";
        List<Object> header = new ArrayList<>(List.of("SERVICE", "URL", "PID", "READY IN"));
        if (withHealth) {
            header.addAll(List.of("HEALTH", "BREAKERS"));
        }
        System.out.printf(Locale.ROOT, format, header.toArray());
        for (RunningService service : services) {
            List<Object> row = new ArrayList<>(List.of(
                    service.spec().id(),
                    service.spec().address(),
                    String.valueOf(service.pid()),
                    service.wasReady() ? String.format(Locale.ROOT, "%.1f s", service.secondsToReady()) : "starting"));
            if (withHealth) {
                boolean alive = service.isAlive();
                row.add(!alive ? "DOWN" : Platform.isReady(service.spec()) ? "ready" : "NOT READY");
                row.add(alive && service.spec().isAgoraService() ? breakersOf(service.spec()) : "");
            }
            System.out.printf(Locale.ROOT, format, row.toArray());
        }
    }

    private static String breakersOf(ServiceSpec service) {
        return String.join(
                ", ",
                Health.breakers(service.breakers()).stream()
                        .map(Health.Breaker::describe)
                        .toList());
    }

    /** {@code --with prometheus}: the only optional tool so far. */
    private static boolean withPrometheus(List<String> options) {
        String with = stringOption(options, "--with", "");
        if (with.isEmpty()) {
            return false;
        }
        if (!with.equals(PrometheusServer.NAME)) {
            throw new LaunchFailure("Unknown tool '" + with + "' for --with: the one there is is prometheus.");
        }
        return true;
    }

    private static String stringOption(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= options.size()) {
            throw new LaunchFailure(name + " needs a value.");
        }
        return options.get(at + 1);
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int at = options.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= options.size()) {
            throw new LaunchFailure(name + " needs a value.");
        }
        try {
            return Integer.parseInt(options.get(at + 1));
        } catch (NumberFormatException e) {
            throw new LaunchFailure(name + " must be a whole number of seconds, not '" + options.get(at + 1) + "'.");
        }
    }
}
