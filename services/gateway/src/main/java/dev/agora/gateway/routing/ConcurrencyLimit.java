package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;
import java.time.Duration;

/**
 * How many requests one service is given at once, found from how fast it answers (additive increase, multiplicative
 * decrease). A saturated service answers each request later the more it is given: past the latency target the limit
 * shrinks by a tenth per slow answer, and grows back by about one per round of answers on time. Requests beyond the
 * limit are refused at once (load shedding with {@code Retry-After}), so the requests let through stay fast and the
 * service's breaker, meant for a broken service, does not open on a busy one. A service slow by itself (every answer
 * late, even one at a time) still opens its breaker: the limit never goes below its minimum.
 */
final class ConcurrencyLimit {

    private static final double DECREASE = 0.9;

    private final int min;
    private final int max;
    private final long latencyTargetNanos;
    private double limit;
    private int inFlight;

    ConcurrencyLimit(EdgeProperties.UpstreamConcurrency settings, int max) {
        this.min = Math.min(settings.min(), max);
        this.max = max;
        this.latencyTargetNanos = settings.latencyTarget().toNanos();
        this.limit = Math.clamp(settings.initial(), min, max);
    }

    /** Takes a place if one is free under the limit; the caller must {@link #release} it. */
    synchronized boolean tryAcquire() {
        if (inFlight >= (int) limit) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** Frees a place, after an answer that took {@code took}. */
    synchronized void release(Duration took) {
        inFlight--;
        if (took.toNanos() > latencyTargetNanos) {
            limit = Math.max(min, limit * DECREASE);
        } else if (inFlight * 2 >= (int) limit) {
            // Grows only while the limit is in use: an idle service says nothing of how much it takes at once.
            limit = Math.min(max, limit + 1 / limit);
        }
    }

    /** Frees a place without judging the service: the client went away before the answer. */
    synchronized void abandon() {
        inFlight--;
    }

    synchronized int limit() {
        return (int) limit;
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
