package dev.agora.gateway.routing;

import dev.agora.gateway.config.EdgeProperties;

/**
 * How many requests one service is given at once, found from how fast it answers (additive increase, multiplicative
 * decrease). A saturated service answers each request later the more it is given: past the latency target the limit
 * shrinks, the more the later the answer (from a tenth to a half), and grows back by about one per round of answers
 * on time. Requests beyond the limit are refused at once (load shedding with {@code Retry-After}), so the requests let
 * through stay fast.
 *
 * <p>The limit shrinks once per round, as TCP's window does once per loss: the late answers to requests sent before
 * the last decrease tell of the same spell (one pause of the service makes every request under way late) and do not
 * shrink it again.
 *
 * <p>A service whose breaker opened and closed again starts again from the initial limit ({@link #restart}).
 *
 * <p>Each place taken says whether the service had few requests under way (at most the minimum) when it was sent: a
 * late answer to such a request says the service is slow by itself, not busy, and is its breaker's to judge.
 */
final class ConcurrencyLimit {

    /** A late answer shrinks the limit by at least a tenth and at most a half. */
    private static final double LEAST_DECREASE = 0.9;

    private static final double MOST_DECREASE = 0.5;

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

    /**
     * Takes a place for a request sent at {@code sent} (of {@link System#nanoTime()}) if one is free under the limit;
     * the caller must {@link #release} or {@link #abandon} it. Null when the limit is reached.
     */
    synchronized Place tryAcquire(long sent) {
        if (inFlight >= (int) limit) {
            return null;
        }
        inFlight++;
        return new Place(sent, inFlight <= min);
    }

    /** Frees a place after the answer to its request, at {@code answered} (of {@link System#nanoTime()}). */
    synchronized void release(Place place, long answered) {
        inFlight--;
        long took = answered - place.sent();
        if (took > latencyTargetNanos) {
            if (!decreased || place.sent() - lastDecrease > 0) {
                double decrease = Math.clamp((double) latencyTargetNanos / took, MOST_DECREASE, LEAST_DECREASE);
                limit = Math.max(min, limit * decrease);
                lastDecrease = answered;
                decreased = true;
            }
        } else if (inFlight * 2 >= (int) limit || limit < initial) {
            // Grows beyond its start only while in use: an idle service says nothing of how much it takes at once.
            limit = Math.min(max, limit + 1 / limit);
        }
    }

    /**
     * Starts again from the initial limit, when the service's breaker closes after its probes were answered well: what
     * the limit learned while the service was broken (a slow one takes it to its minimum) says nothing of it now.
     */
    synchronized void restart() {
        limit = initial;
        decreased = false;
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

    /**
     * A request let through: when it was sent, and whether the service then had so few requests under way (at most
     * the limit's minimum) that a late answer to it says the service is slow by itself.
     */
    record Place(long sent, boolean amongFew) {}
}
