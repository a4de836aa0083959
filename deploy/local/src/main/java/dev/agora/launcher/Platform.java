package dev.agora.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Starts, watches and stops the services of Agora as JVMs on this machine. ./agora and the system tests both use it,
 * so the tests exercise the same start-up a user gets.
 */
public final class Platform {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(180);

    /**
     * Small, steady JVMs for a laptop: the serial collector (one or two cores per service), a capped heap, and native
     * access for Netty. The same options train and use the AOT cache, which requires them to match.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms32m",
            "-Xmx256m",
            "-XX:ReservedCodeCacheSize=64m",
            "--enable-native-access=ALL-UNNAMED",
            // A log is one JSON object per line: the JVM's own warnings (protobuf's use of Unsafe, AOT cache notes)
            // would break that; its errors still print.
            "--sun-misc-unsafe-memory-access=allow",
            "-Xlog:aot*=error");

    private static final Duration PORTS_RELEASE = Duration.ofSeconds(15);

    private final Home home;
    private final Duration readyTimeout;
    private final PrintStream out;

    public Platform(Home home, Duration readyTimeout) {
        this(home, readyTimeout, System.out);
    }

    /** {@code out}: where it says what it prepares and starts. */
    public Platform(Home home, Duration readyTimeout, PrintStream out) {
        this.home = home;
        this.readyTimeout = readyTimeout;
        this.out = out;
    }

    public Home home() {
        return home;
    }

    /** On the command line of each JVM the launcher starts: tells it from another program that reuses its pid. */
    static String marker(String id) {
        return "-Dagora.service=" + id;
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
        for (ServiceSpec service : services) {
            for (int port : service.ports()) {
                Ports.requireFree(port, service.id());
            }
        }
        Map<ServiceSpec, Runnable> runnables = prepare(services);
        out.println("Starting "
                + String.join(", ", services.stream().map(ServiceSpec::id).toList()) + " ...");
        Map<ServiceSpec, Process> started = new LinkedHashMap<>();
        long begin = System.nanoTime();
        try {
            // A second instance starts once the first is ready: the first then holds the service's database and
            // serves it to the others (ADR 0013), and stays the one to keep while experimenting with the others.
            List<ServiceSpec> later =
                    services.stream().filter(service -> service.instance() > 1).toList();
            for (ServiceSpec service : services) {
                if (!later.contains(service)) {
                    launchAndRecord(service, runnables.get(service), started);
                }
            }
            List<RunningService> ready = awaitReady(started, begin, later, runnables);
            return services.stream()
                    .map(service -> ready.stream()
                            .filter(running -> running.spec().equals(service))
                            .findFirst()
                            .orElseThrow())
                    .toList();
        } catch (RuntimeException failure) {
            // All at once: JVMs caught mid-start may each take the whole grace period to go.
            Map<ServiceSpec, ProcessHandle> handles = new LinkedHashMap<>();
            started.forEach((service, process) -> handles.put(service, process.toHandle()));
            stopTogether(handles);
            started.forEach((service, process) -> new RunningService(service, process.pid(), 0, -1).forget(home));
            throw failure;
        }
    }

    private void launchAndRecord(ServiceSpec service, @Nullable Runnable runnable, Map<ServiceSpec, Process> started) {
        Process process = launch(service, runnable);
        started.put(service, process);
        // Recorded at once: whatever interrupts the launcher from now on, ./agora down finds this JVM.
        new RunningService(service, process.pid(), started.size(), -1).save(home);
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
        RunningService current = RunningService.recorded(home).stream()
                .filter(recorded -> recorded.spec().id().equals(service.id()))
                .findFirst()
                .orElseThrow(() -> new LaunchFailure(service.id() + " was not started here."));
        current.process().ifPresent(process -> stop(service, process));
        Map<ServiceSpec, Runnable> runnables = prepare(List.of(service));
        long begin = System.nanoTime();
        Process process = launch(service, runnables.get(service));
        new RunningService(service, process.pid(), current.startOrder(), -1).save(home);
        RunningService ready = awaitReady(new LinkedHashMap<>(Map.of(service, process)), begin, List.of(), Map.of())
                .getFirst();
        RunningService restarted =
                new RunningService(service, ready.pid(), current.startOrder(), ready.secondsToReady());
        restarted.save(home);
        scrapeTargetsChanged();
        return restarted;
    }

    private Process launch(ServiceSpec service, @Nullable Runnable runnable) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // Own session: Ctrl-C in the terminal reaches the launcher, which then stops every service in order.
            command.add("/usr/bin/setsid");
        }
        try {
            command.addAll(
                    switch (service.name()) {
                        case KafkaBroker.NAME -> KafkaBroker.command(home, service);
                        case ZipkinServer.NAME -> ZipkinServer.command(home, service);
                        case PrometheusServer.NAME -> PrometheusServer.command(home, service);
                        default -> serviceCommand(service, runnable);
                    });
            ProcessBuilder builder = new ProcessBuilder(command);
            if (service.name().equals(ZipkinServer.NAME)) {
                builder.environment().putAll(ZipkinServer.environment());
            }
            return builder.directory(home.state().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.log(service.fileName()).toFile())
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot start " + service.id() + ": " + e.getMessage());
        }
    }

    private static List<String> serviceCommand(ServiceSpec service, @Nullable Runnable runnable) {
        if (runnable == null) {
            throw new IllegalStateException(service.id() + " was not prepared");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add(marker(service.id()));
        command.addAll(JVM_OPTIONS);
        if (runnable.aotCache() != null) {
            command.add("-XX:AOTCache=" + runnable.aotCache());
        }
        command.addAll(List.of("-jar", runnable.jar().toString()));
        command.addAll(service.arguments());
        return command;
    }

    /** A service ready to run: its unpacked jar, and its AOT cache when one could be made. */
    private record Runnable(Path jar, @Nullable Path aotCache) {}

    /**
     * Unpacks each service jar the way Spring Boot recommends for production and gives it a JDK AOT cache (JEP 483:
     * classes loaded and linked ahead of time, from one training run that stops once the application context is
     * refreshed). Both together roughly halve the start-up time; they are made again only when a jar is rebuilt.
     */
    private Map<ServiceSpec, Runnable> prepare(List<ServiceSpec> services) {
        Map<ServiceSpec, Path> jars = new LinkedHashMap<>();
        List<ServiceSpec> untrained = new ArrayList<>();
        for (ServiceSpec service : services) {
            if (!service.isAgoraService()) {
                continue; // run as they are: the broker from its jars, Zipkin from its jar, Prometheus installed
            }
            Path jar = extracted(service);
            jars.put(service, jar);
            boolean sameJarAlreadyListed =
                    untrained.stream().anyMatch(listed -> listed.name().equals(service.name()));
            if (!Files.isRegularFile(aotCacheOf(jar)) && !sameJarAlreadyListed) {
                untrained.add(service); // one training per service: its instances share the jar and its cache
            }
        }
        if (!untrained.isEmpty()) {
            out.println("Preparing "
                    + String.join(
                            ", ", untrained.stream().map(ServiceSpec::name).toList())
                    + " for a fast start (a JDK AOT cache, made once per build; about 20 s) ...");
            Map<ServiceSpec, Process> trainings = new LinkedHashMap<>();
            untrained.forEach(service -> trainings.put(service, train(service, jars.get(service))));
            trainings.forEach((service, training) -> finishTraining(service, training, jars.get(service)));
        }
        Map<ServiceSpec, Runnable> runnables = new LinkedHashMap<>();
        jars.forEach((service, jar) -> {
            Path cache = aotCacheOf(jar);
            runnables.put(service, new Runnable(jar, Files.isRegularFile(cache) ? cache : null));
        });
        return runnables;
    }

    private static Path aotCacheOf(Path jar) {
        return jar.resolveSibling("app.aot");
    }

    /** Where a training run writes; the cache is moved into place only when the run ends well. */
    private static Path trainingOutputOf(Path jar) {
        return jar.resolveSibling("app.aot.training");
    }

    private Process train(ServiceSpec service, Path jar) {
        Path scratch = jar.resolveSibling("training");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of(
                "-XX:AOTCacheOutput=" + trainingOutputOf(jar),
                "-Dspring.context.exit=onRefresh",
                "-jar",
                jar.toString()));
        for (String argument : service.arguments()) {
            // The training run must not take the real ports nor touch the real database.
            if (argument.startsWith("--server.port=")
                    || argument.startsWith("--management.server.port=")
                    || argument.startsWith("--spring.grpc.server.port=")) {
                command.add(argument.substring(0, argument.indexOf('=') + 1) + "0");
            } else if (argument.startsWith("--agora.data-dir=")) {
                command.add("--agora.data-dir=" + scratch);
            } else {
                command.add(argument);
            }
        }
        try {
            return new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(jar.resolveSibling("training.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot start the training run of " + service.name() + ": " + e.getMessage());
        }
    }

    /**
     * Keeps the cache of a training run that ended well. An interrupted run (Ctrl-C, time limit) can leave a cache
     * that crashes the JVM that loads it, so such a cache is thrown away.
     */
    private void finishTraining(ServiceSpec service, Process training, Path jar) {
        try {
            boolean done = training.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                training.destroyForcibly().waitFor();
            }
            Path output = trainingOutputOf(jar);
            if (done && training.exitValue() == 0 && Files.isRegularFile(output)) {
                Files.move(output, aotCacheOf(jar), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(output);
                Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
                out.println("  (no AOT cache for " + service.name() + ": it starts without one; see "
                        + jar.resolveSibling("training.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            training.destroyForcibly();
            throw new LaunchFailure("Interrupted while preparing " + service.name() + ".");
        }
    }

    /** The service jar unpacked (Boot's tools jar mode) under {@code <home>/app/<name>}, again after a rebuild. */
    private Path extracted(ServiceSpec service) {
        Path jar = service.jar(home.repository());
        if (!Files.isRegularFile(jar)) {
            throw new LaunchFailure("No jar for " + service.name() + " at " + jar + ": build it with ./mvnw package.");
        }
        Path target = home.apps().resolve(service.name());
        Path runnable = target.resolve(service.name() + ".jar");
        Path stamp = target.resolve("extracted-from");
        try {
            String expected = jar + "@" + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(runnable)
                    && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(expected)) {
                return runnable;
            }
            Files.deleteIfExists(aotCacheOf(runnable));
            Process extract = new ProcessBuilder(
                            javaExecutable(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--force",
                            "--destination",
                            target.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (extract.waitFor() != 0) {
                throw new LaunchFailure("Cannot unpack " + jar + " (exit " + extract.exitValue() + ").");
            }
            Files.writeString(stamp, expected);
            return runnable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while unpacking " + jar + ".");
        }
    }

    /**
     * Waits until every started service is ready, launching each of {@code later} once the first instance of its
     * service is.
     */
    private List<RunningService> awaitReady(
            Map<ServiceSpec, Process> started,
            long begin,
            List<ServiceSpec> later,
            Map<ServiceSpec, Runnable> runnables) {
        Map<ServiceSpec, Double> ready = new LinkedHashMap<>();
        // Each service has the ready timeout from its own launch: a later instance is not blamed for its first.
        Map<ServiceSpec, Long> deadlines = new LinkedHashMap<>();
        started.keySet().forEach(service -> deadlines.put(service, begin + readyTimeout.toNanos()));
        int expected = started.size() + later.size(); // the later ones join started as they are launched
        while (ready.size() < expected) {
            for (ServiceSpec waiting : later) {
                boolean firstIsReady = ready.keySet().stream()
                        .anyMatch(service -> service.name().equals(waiting.name()) && service.instance() == 1);
                if (firstIsReady && !started.containsKey(waiting)) {
                    launchAndRecord(waiting, runnables.get(waiting), started);
                    deadlines.put(waiting, System.nanoTime() + readyTimeout.toNanos());
                }
            }
            for (Map.Entry<ServiceSpec, Process> entry : started.entrySet()) {
                ServiceSpec service = entry.getKey();
                if (ready.containsKey(service)) {
                    continue;
                }
                Process process = entry.getValue();
                if (!process.isAlive()) {
                    throw new LaunchFailure(
                            service.id() + " exited with code " + process.exitValue()
                                    + " before it was ready" + discardAotCache(service)
                                    + ". Its last log lines (" + home.log(service.fileName()) + "):",
                            Logs.lastLines(home.log(service.fileName()), 20));
                }
                if (isReady(service)) {
                    if (service.isKafkaBroker()) {
                        // Before the services need them; the services start meanwhile and take longer than this.
                        KafkaBroker.createTopics(service, Topology.topics());
                    }
                    double seconds = (System.nanoTime() - begin) / 1e9;
                    ready.put(service, seconds);
                }
            }
            if (ready.size() < expected) {
                long now = System.nanoTime();
                ServiceSpec late = started.keySet().stream()
                        .filter(service -> !ready.containsKey(service) && now > deadlines.get(service))
                        .findFirst()
                        .orElse(null);
                if (late != null) {
                    throw new LaunchFailure(
                            late.id() + " did not become ready within " + readyTimeout.toSeconds()
                                    + " s (" + late.readinessCheck() + "). Its last log lines ("
                                    + home.log(late.fileName()) + "):",
                            Logs.lastLines(home.log(late.fileName()), 20));
                }
                pause(Duration.ofMillis(200));
            }
        }
        List<RunningService> running = new ArrayList<>();
        for (ServiceSpec service : started.keySet()) {
            Process process = started.get(service);
            RunningService readyService =
                    new RunningService(service, process.pid(), running.size() + 1, ready.get(service));
            readyService.save(home);
            running.add(readyService);
        }
        return running;
    }

    /** A service answers its readiness probe; the broker serves cluster metadata. */
    public static boolean isReady(ServiceSpec service) {
        return service.isKafkaBroker() ? KafkaBroker.isReady(service) : Health.isUp(service.readiness());
    }

    /**
     * A JVM that dies while starting may have been given a cache it cannot use (a JDK update, a damaged file): the
     * cache goes, and the next start makes a new one. Returns what to tell the user.
     */
    private String discardAotCache(ServiceSpec service) {
        Path cache = home.apps().resolve(service.name()).resolve("app.aot");
        try {
            return Files.deleteIfExists(cache)
                    ? " (its AOT cache was removed; the next ./agora up makes a new one)"
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops every recorded service (SIGTERM, then SIGKILL after a grace period) and waits until its ports are free. */
    public List<String> stopAll() {
        List<String> stopped = new ArrayList<>();
        for (RunningService service : RunningService.recorded(home).reversed()) { // last started, first stopped
            Optional<ProcessHandle> process = service.process();
            if (process.isPresent()) {
                stop(service.spec(), process.get());
                stopped.add(service.spec().id());
            }
            service.forget(home);
        }
        scrapeTargetsChanged();
        return stopped;
    }

    private void stop(ServiceSpec service, ProcessHandle process) {
        stopTogether(Map.of(service, process));
    }

    /**
     * Asks every process to stop (SIGTERM) at once, gives them the grace period together, kills those still there,
     * and waits until their ports are free.
     */
    private void stopTogether(Map<ServiceSpec, ProcessHandle> processes) {
        processes.values().forEach(ProcessHandle::destroy);
        long graceEnds = System.nanoTime() + STOP_GRACE.toNanos();
        processes.values().forEach(process -> {
            try {
                process.onExit().get(Math.max(0, graceEnds - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
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

    private void clearStaleRecords() {
        RunningService.recorded(home).stream()
                .filter(service -> !service.isAlive())
                .forEach(service -> service.forget(home));
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
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
