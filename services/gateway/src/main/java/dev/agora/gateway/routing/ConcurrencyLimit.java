package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;

/**
 * How many requests one service is given at once, found from how fast it answers (additive increase, multiplicative
 * decrease). A saturated service answers each request later the more it is given: past the latency target the limit
 * shrinks by a tenth, and grows back by about one per round of answers on time. Requests beyond the limit are refused
 * at once (load shedding with {@code Retry-After}), so the requests let through stay fast and the service's breaker,
 * meant for a broken service, does not open on a busy one. A service slow by itself (every answer late, even one at a
 * time) still opens its breaker: the limit never goes below its minimum.
 *
 * <p>The limit shrinks once per round, as TCP's window does once per loss: the late answers to requests sent before
 * the last decrease tell of the same spell (one pause of the service makes every request under way late) and do not
 * shrink it again.
 */
final class ConcurrencyLimit {

    private static final double DECREASE = 0.9;

    private final int min;
    private final int max;
    private final int initial;
    private final long latencyTargetNanos;
    private double limit;
    private int inFlight;
    private long lastDecrease;
    private boolean decreased;

    ConcurrencyLimit(EdgeProperties.UpstreamConcurrency settings, int max) {
        this.min = Math.min(settings.min(), max);
        this.max = max;
        this.latencyTargetNanos = settings.latencyTarget().toNanos();
        this.initial = Math.clamp(settings.initial(), min, max);
        this.limit = initial;
    }

    /** Takes a place if one is free under the limit; the caller must {@link #release} it. */
    synchronized boolean tryAcquire() {
        if (inFlight >= (int) limit) {
            return false;
        }
        inFlight++;
        return true;
    }

    /**
     * Frees a place, after an answer to a request sent at {@code sent} and answered at {@code answered} (both of
     * {@link System#nanoTime()}).
     */
    synchronized void release(long sent, long answered) {
        inFlight--;
        if (answered - sent > latencyTargetNanos) {
            if (!decreased || sent - lastDecrease > 0) {
                limit = Math.max(min, limit * DECREASE);
                lastDecrease = answered;
                decreased = true;
            }
        } else if (inFlight * 2 >= (int) limit || limit < initial) {
            // Grows beyond its start only while in use: an idle service says nothing of how much it takes at once.
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
