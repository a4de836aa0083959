package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** {@code ./agora up}: builds what is stale, starts every service, waits until each is ready. */
final class UpCommand extends Command {

    private static final Usage USAGE = new Usage(
            "up [-d] [--timeout SECONDS] [--scale SERVICE=N,...] [--with prometheus] [--postgres]",
            """
            build what is missing or stale, start every service and wait until each is ready; then follow the logs
            until Ctrl-C stops everything.
            -d (--detach) returns once all are ready and leaves them running.
            --timeout: how long each may take to be ready (120 s).
            --scale catalog=2,orders=2 runs more instances (each on its ports + 100).
            Zipkin always runs (traces, http://127.0.0.1:9411/zipkin/); --with prometheus adds Prometheus with the
            alert rules (port 9090).
            --postgres: each service keeps its data in a database of its own on PostgreSQL (agora_catalog, ...,
            created when missing; the server at 127.0.0.1:5432 as postgres, or as AGORA_POSTGRES_URL,
            AGORA_POSTGRES_USER and AGORA_POSTGRES_PASSWORD say) instead of H2 files under .agora/data.
            """,
            List.of(
                    Option.flag("-d", "--detach"),
                    Option.valued("--timeout", "SECONDS"),
                    Option.valued("--scale", "SERVICE=N,..."),
                    Option.valued("--with", "prometheus"),
                    Option.flag("--postgres")),
            0,
            0);

    /** The services' databases on PostgreSQL: {@code agora_catalog}, {@code agora_orders}, ... */
    static final String DATABASE_PREFIX = "agora_";

    UpCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        Duration timeout = Duration.ofSeconds(arguments.seconds("--timeout", 120));
        Scale scale = Scale.parse(arguments.value("--scale", ""));
        Storage storage = arguments.has("--postgres") ? PostgresServer.fromEnvironment(DATABASE_PREFIX) : Storage.H2;
        List<ServiceSpec> services = Topology.services(home, 0, scale, withPrometheus(arguments), storage);
        Platform platform = new Platform(home, timeout, out);
        storage.prepare(); // before the build: a server that does not answer is said at once
        new Builds(home, out).buildStale(services);
        // Registered before the start: Ctrl-C while services are still starting must stop them too.
        Thread stopOnExit = Thread.ofPlatform().unstarted(() -> {
            out.println();
            out.println("Stopping Agora ...");
            List<String> stopped = platform.stopAll();
            out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        List<RunningService> running;
        try {
            running = platform.start(services);
        } catch (LaunchFailure failure) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit); // start() has stopped what it started
            throw failure;
        }
        InstanceTable.print(running, false, out);
        out.println();
        out.println("Agora is ready: the shop is at http://127.0.0.1:8080/  (the API: curl -s "
                + "http://127.0.0.1:8080/api/products?size=3)");
        running.stream()
                .filter(service -> service.spec().name().equals(ZipkinServer.NAME))
                .forEach(zipkin -> out.println("Traces: " + zipkin.spec().address()
                        + "  (the X-Trace-Id of a response: ./agora logs --trace <id>)"));
        running.stream()
                .filter(service -> service.spec().name().equals(PrometheusServer.NAME))
                .forEach(prometheus ->
                        out.println("Metrics and alerts: " + prometheus.spec().url() + "/classic/alerts"));
        if (arguments.has("-d")) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            out.println("Running in the background: ./agora status, ./agora logs -f, ./agora down.");
            return 0;
        }
        out.println("Following the logs; Ctrl-C stops Agora.");
        new LogFollower(Logs.filesOf(home, services), false, false, out).follow();
        return 0;
    }

    /** {@code --with prometheus}: the only optional tool so far. */
    private static boolean withPrometheus(Arguments arguments) {
        String with = arguments.value("--with", "");
        if (!with.isEmpty() && !with.equals(PrometheusServer.NAME)) {
            throw new UsageError("unknown tool '" + with + "' for --with: the one there is is prometheus.");
        }
        return !with.isEmpty();
    }
}
