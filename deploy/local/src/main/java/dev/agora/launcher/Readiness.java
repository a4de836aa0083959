package dev.agora.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Waits until the processes the platform launched are ready, each within the time-out from its own launch, and when
 * one is not, says which and shows its last log lines.
 */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Home home;
    private final Duration timeout;
    private final Preparation preparation;

    Readiness(Home home, Duration timeout, Preparation preparation) {
        this.home = home;
        this.timeout = timeout;
        this.preparation = preparation;
    }

    /**
     * Waits until every process of {@code started} is ready, calling {@code launch} for each of {@code later} once the
     * first instance of its service is ({@code launch} adds it to {@code started}). Returns the seconds each took to be
     * ready, counted from {@code begin}.
     */
    Map<ServiceSpec, Double> await(
            Map<ServiceSpec, Process> started, long begin, List<ServiceSpec> later, Consumer<ServiceSpec> launch) {
        Map<ServiceSpec, Double> ready = new LinkedHashMap<>();
        // Each process has the time-out from its own launch: a later instance is not blamed for its first.
        Map<ServiceSpec, Long> deadlines = new LinkedHashMap<>();
        started.keySet().forEach(service -> deadlines.put(service, begin + timeout.toNanos()));
        int expected = started.size() + later.size();
        while (ready.size() < expected) {
            for (ServiceSpec waiting : later) {
                boolean firstIsReady = ready.keySet().stream()
                        .anyMatch(service -> service.name().equals(waiting.name()) && service.instance() == 1);
                if (firstIsReady && !started.containsKey(waiting)) {
                    launch.accept(waiting);
                    deadlines.put(waiting, System.nanoTime() + timeout.toNanos());
                }
            }
            for (Map.Entry<ServiceSpec, Process> entry : started.entrySet()) {
                ServiceSpec service = entry.getKey();
                if (!ready.containsKey(service)) {
                    requireAlive(service, entry.getValue());
                    if (service.isReady()) {
                        service.kind().whenReady(service);
                        ready.put(service, (System.nanoTime() - begin) / 1e9);
                    }
                }
            }
            if (ready.size() < expected) {
                requireInTime(started, ready, deadlines);
                pause();
            }
        }
        return ready;
    }

    private void requireAlive(ServiceSpec service, Process process) {
        if (!process.isAlive()) {
            throw new LaunchFailure(
                    service.id() + " exited with code " + process.exitValue() + " before it was ready"
                            + preparation.discardAotCache(service) + ". Its last log lines ("
                            + home.log(service.fileName()) + "):",
                    Logs.lastLines(home.log(service.fileName()), 20));
        }
    }

    private void requireInTime(
            Map<ServiceSpec, Process> started, Map<ServiceSpec, Double> ready, Map<ServiceSpec, Long> deadlines) {
        long now = System.nanoTime();
        started.keySet().stream()
                .filter(service -> !ready.containsKey(service) && now > deadlines.get(service))
                .findFirst()
                .ifPresent(late -> {
                    throw new LaunchFailure(
                            late.id() + " did not become ready within " + timeout.toSeconds() + " s ("
                                    + late.readinessCheck() + "). Its last log lines (" + home.log(late.fileName())
                                    + "):",
                            Logs.lastLines(home.log(late.fileName()), 20));
                });
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted.");
        }
    }
}
