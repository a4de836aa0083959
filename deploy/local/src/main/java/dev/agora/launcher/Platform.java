package dev.agora.launcher;

import dev.agora.launcher.ProcessKind.Prepared;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Supervises the processes of Agora on this machine: starts them in order, records them so that any later ./agora
 * finds them, restarts and stops them. Making the service jars ready to run is {@link Preparation}'s job, waiting until
 * each answers is {@link Readiness}'s, and what differs between a service, the broker, Zipkin and Prometheus is said by
 * each one's {@link ProcessKind}. ./agora and the system tests both use it, so the tests exercise the same start-up a
 * user gets.
 */
public final class Platform {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PORTS_RELEASE = Duration.ofSeconds(15);

    private final Home home;
    private final PrintStream out;
    private final Preparation preparation;
    private final Readiness readiness;

    public Platform(Home home, Duration readyTimeout) {
        this(home, readyTimeout, System.out);
    }

    /** {@code out}: where it says what it prepares and starts. */
    public Platform(Home home, Duration readyTimeout, PrintStream out) {
        this.home = home;
        this.out = out;
        this.preparation = new Preparation(home, out);
        this.readiness = new Readiness(home, readyTimeout, preparation);
    }

    public Home home() {
        return home;
    }

    /** What runs now, from the recorded state, keeping only processes that are still alive. */
    public List<RunningService> running() {
        return RunningService.recorded(home).stream()
                .filter(RunningService::isAlive)
                .toList();
    }

    /** The named service (its first instance that runs), or instance ({@code catalog#2}), if it runs now. */
    public Optional<RunningService> running(String id) {
        return running().stream()
                .filter(service ->
                        service.spec().id().equals(id) || service.spec().name().equals(id))
                .findFirst();
    }

    /** Every service the last start recorded, running or not (one killed for an experiment shows as down). */
    public List<RunningService> recorded() {
        return RunningService.recorded(home);
    }

    /**
     * Starts every service, waits until each is ready, and returns them in start order. On any failure the services
     * already started are stopped again, and a {@link LaunchFailure} says what went wrong.
     */
    public List<RunningService> start(List<ServiceSpec> services) {
        if (!running().isEmpty()) {
            throw new LaunchFailure("Agora already runs here (see ./agora status); stop it first with ./agora down.");
        }
        clearStaleRecords();
        requireFreePorts(services);
        Map<ServiceSpec, Prepared> prepared = preparation.prepare(services);
        out.println("Starting "
                + String.join(", ", services.stream().map(ServiceSpec::id).toList()) + " ...");
        return launchAndAwait(services, prepared, Map.of(), 0);
    }

    /**
     * Starts {@code services} into the running platform, the others running on, and returns them once ready, in the
     * order given: an instance that runs under the same id is stopped first (gracefully, all of them together) and the
     * new one takes its place, as a deployment of a new configuration would; an instance with a new id joins. On any
     * failure those started are stopped again (one that replaced another is then shown down).
     */
    public List<RunningService> replace(List<ServiceSpec> services) {
        List<RunningService> recorded = RunningService.recorded(home);
        Map<String, Integer> startOrders = new LinkedHashMap<>();
        Map<ServiceSpec, ProcessHandle> replaced = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            recorded.stream()
                    .filter(current -> current.spec().id().equals(service.id()))
                    .findFirst()
                    .ifPresent(current -> {
                        startOrders.put(service.id(), current.startOrder());
                        current.process().ifPresent(process -> replaced.put(current.spec(), process));
                    });
        }
        // Whatever can fail before a launch is done while the replaced instances still run.
        requireFreePorts(services.stream()
                .filter(service -> !startOrders.containsKey(service.id()))
                .toList());
        Map<ServiceSpec, Prepared> prepared = preparation.prepare(services);
        stopTogether(replaced);
        int lastStarted =
                recorded.stream().mapToInt(RunningService::startOrder).max().orElse(0);
        return launchAndAwait(services, prepared, startOrders, lastStarted);
    }

    private static void requireFreePorts(List<ServiceSpec> services) {
        for (ServiceSpec service : services) {
            for (int port : service.ports()) {
                Ports.requireFree(port, service.id());
            }
        }
    }

    /**
     * Launches {@code services}, records each at once and again when ready. A service keeps its start order from
     * {@code startOrders}; the others are numbered in launch order after {@code lastStarted}.
     */
    private List<RunningService> launchAndAwait(
            List<ServiceSpec> services,
            Map<ServiceSpec, Prepared> prepared,
            Map<String, Integer> startOrders,
            int lastStarted) {
        Map<ServiceSpec, Process> started = new LinkedHashMap<>();
        Map<ServiceSpec, Integer> orders = new LinkedHashMap<>();
        Consumer<ServiceSpec> launch = service -> {
            orders.put(service, startOrders.getOrDefault(service.id(), lastStarted + orders.size() + 1));
            launchAndRecord(service, prepared.get(service), orders.get(service), started);
        };
        long begin = System.nanoTime();
        try {
            // A second instance of a service with data starts once the first is ready: the first then holds the
            // service's database and serves it to the others (ADR 0013). Instances of the edge, which keeps none,
            // start together, as does one whose first instance already runs.
            List<ServiceSpec> later = services.stream()
                    .filter(service -> service.instance() > 1
                            && ServiceTable.find(service.name())
                                    .map(Service::keepsData)
                                    .orElse(true)
                            && services.stream()
                                    .anyMatch(first -> first.name().equals(service.name()) && first.instance() == 1))
                    .toList();
            services.stream().filter(service -> !later.contains(service)).forEach(launch);
            Map<ServiceSpec, Double> ready = readiness.await(started, begin, later, launch);
            List<RunningService> running = new ArrayList<>();
            for (ServiceSpec service : services) {
                RunningService readyService = new RunningService(
                        service, started.get(service).pid(), orders.get(service), ready.get(service));
                readyService.save(home);
                running.add(readyService);
            }
            scrapeTargetsChanged();
            return running;
        } catch (RuntimeException failure) {
            // All at once: JVMs caught mid-start may each take the whole grace period to go.
            Map<ServiceSpec, ProcessHandle> handles = new LinkedHashMap<>();
            started.forEach((service, process) -> handles.put(service, process.toHandle()));
            stopTogether(handles);
            // An instance that replaced another keeps its record, which shows it down; a new one leaves none.
            started.keySet().stream()
                    .filter(service -> !startOrders.containsKey(service.id()))
                    .forEach(service -> new RunningService(service, 0, 0, -1).forget(home));
            scrapeTargetsChanged();
            throw failure;
        }
    }

    private void launchAndRecord(
            ServiceSpec service, @Nullable Prepared prepared, int startOrder, Map<ServiceSpec, Process> started) {
        Process process = launch(service, prepared);
        started.put(service, process);
        // Recorded at once: whatever interrupts the launcher from now on, ./agora down finds this JVM.
        new RunningService(service, process.pid(), startOrder, -1).save(home);
        scrapeTargetsChanged();
    }

    /** Prometheus (when it runs) finds the instances to scrape in a file kept equal to the records. */
    private void scrapeTargetsChanged() {
        PrometheusServer.writeTargets(
                home,
                RunningService.recorded(home).stream().map(RunningService::spec).toList());
    }

    /**
     * Stops one service gracefully, if it still runs (a crashed one is only started), and starts it again, as a
     * deployment or a crash-and-restart would; the others keep running. Returns it once ready.
     */
    public RunningService restart(ServiceSpec service) {
        if (RunningService.recorded(home).stream()
                .noneMatch(recorded -> recorded.spec().id().equals(service.id()))) {
            throw new LaunchFailure(service.id() + " was not started here.");
        }
        return replace(List.of(service)).getFirst();
    }

    private Process launch(ServiceSpec service, @Nullable Prepared prepared) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // Own session: Ctrl-C in the terminal reaches the launcher, which then stops every service in order.
            command.add("/usr/bin/setsid");
        }
        try {
            command.addAll(service.kind().command(home, service, prepared));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(service.kind().environment());
            return builder.directory(home.state().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.log(service.fileName()).toFile())
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot start " + service.id() + ": " + e.getMessage());
        }
    }

    /**
     * Stops every recorded process (SIGTERM, then SIGKILL after a grace period) and waits until its ports are free:
     * Agora's services together, then the tools they use (the broker, Zipkin, Prometheus), so that none waits for
     * another's graceful shutdown and no service loses its broker while it shuts down. Returns what it stopped, the
     * last started first.
     */
    public List<String> stopAll() {
        List<RunningService> recorded = RunningService.recorded(home).reversed();
        Map<ServiceSpec, ProcessHandle> services = new LinkedHashMap<>();
        Map<ServiceSpec, ProcessHandle> tools = new LinkedHashMap<>();
        for (RunningService service : recorded) {
            service.process()
                    .ifPresent(process ->
                            (service.spec().isAgoraService() ? services : tools).put(service.spec(), process));
        }
        stopTogether(services);
        stopTogether(tools);
        recorded.forEach(service -> service.forget(home));
        scrapeTargetsChanged();
        return recorded.stream()
                .map(RunningService::spec)
                .filter(spec -> services.containsKey(spec) || tools.containsKey(spec))
                .map(ServiceSpec::id)
                .toList();
    }

    /**
     * Asks every process to stop (SIGTERM) at once, or kills those {@link ProcessKind#isStoppedByKill() stopped by a
     * kill}, gives them the grace period together, kills those still there, and waits until their ports are free.
     */
    private void stopTogether(Map<ServiceSpec, ProcessHandle> processes) {
        processes.forEach((process, handle) -> {
            if (process.kind().isStoppedByKill()) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
        });
        long graceEnds = System.nanoTime() + STOP_GRACE.toNanos();
        processes.values().forEach(process -> {
            if (!awaitExit(process, Duration.ofNanos(Math.max(0, graceEnds - System.nanoTime())))) {
                process.destroyForcibly();
            }
        });
        long deadline = System.nanoTime() + PORTS_RELEASE.toNanos();
        for (ServiceSpec service : processes.keySet()) {
            for (int port : service.ports()) {
                while (!Ports.isFree(port) && System.nanoTime() < deadline) {
                    pause(Duration.ofMillis(100));
                }
            }
        }
    }

    /**
     * Waits until the process has gone, at most {@code limit}; whether it has. It asks whether the process is alive
     * rather than waiting on {@link ProcessHandle#onExit()}, which was seen never to complete for a killed JVM that
     * this JVM had started (and reaped) itself.
     */
    public static boolean awaitExit(ProcessHandle process, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(Duration.ofMillis(50));
        }
        return true;
    }

    private void clearStaleRecords() {
        RunningService.recorded(home).stream()
                .filter(service -> !service.isAlive())
                .forEach(service -> service.forget(home));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted.");
        }
    }
}
