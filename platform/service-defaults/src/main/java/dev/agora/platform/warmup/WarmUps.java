package dev.agora.platform.warmup;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;

/**
 * Runs every {@link WarmUp} of the service as soon as it is up, each in its own virtual thread, and keeps the {@code
 * warmUp} health contributor, part of the readiness group, down until each has ended, done or given up. A warm-up
 * that fails is logged and does not keep the service from being ready: it would only be slower at first.
 */
public final class WarmUps implements HealthIndicator, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

    private final List<WarmUp> warmUps;
    private final CountDownLatch running;

    public WarmUps(List<WarmUp> warmUps) {
        this.warmUps = List.copyOf(warmUps);
        this.running = new CountDownLatch(warmUps.size());
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        for (WarmUp warmUp : warmUps) {
            Thread.ofVirtual().name("warm-up").start(() -> runOnce(warmUp));
        }
    }

    private void runOnce(WarmUp warmUp) {
        long start = System.nanoTime();
        try {
            warmUp.run();
            log.atInfo()
                    .addKeyValue("warmUp", warmUp.name())
                    .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000)
                    .log("Warmed up");
        } catch (Exception failure) {
            log.atWarn()
                    .addKeyValue("warmUp", warmUp.name())
                    .log("Warm-up gave up; the first requests will be slower: {}", failure.toString());
        } finally {
            running.countDown();
        }
    }

    /** Whether every warm-up has ended. */
    public boolean isDone() {
        return running.getCount() == 0;
    }

    @Override
    public Health health() {
        return isDone()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("warmUps", running.getCount())
                        .build();
    }
}
