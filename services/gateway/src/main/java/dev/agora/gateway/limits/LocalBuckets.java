package dev.agora.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Buckets in this gateway's memory: right for one gateway. A bucket that has filled up again is no different from no
 * bucket, so once there are many, the full ones are dropped, at most once a second: the map holds the callers of the
 * last few minutes (a sign-in bucket takes a minute to fill), and a flood from many addresses costs one sweep a second.
 */
public final class LocalBuckets implements Buckets {

    /** Above this many buckets, the full ones are swept out on the next request. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Bucket(double tokens, long atNanos, RateLimit limit) {

        double refilled(long now) {
            double seconds = Math.max(0, now - atNanos) / 1e9;
            return Math.min(limit.burst(), tokens + seconds * limit.refillPerSecond());
        }
    }

    private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();
    private final LongSupplier nanoTime;

    public LocalBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Verdict> take(String key, RateLimit limit) {
        return Mono.fromSupplier(() -> takeNow(key, limit));
    }

    Verdict takeNow(String key, RateLimit limit) {
        long now = nanoTime.getAsLong();
        long last = lastSweep.get();
        if (buckets.size() > SWEEP_ABOVE && now - last >= SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            sweepFull(now);
        }
        boolean[] allowed = new boolean[1];
        Bucket after = buckets.compute(key, (k, before) -> {
            double tokens = before == null || !before.limit().equals(limit) ? limit.burst() : before.refilled(now);
            allowed[0] = tokens >= 1;
            return new Bucket(allowed[0] ? tokens - 1 : tokens, now, limit);
        });
        return Verdict.of(allowed[0], after.tokens(), limit);
    }

    int size() {
        return buckets.size();
    }

    private void sweepFull(long now) {
        buckets.forEach((key, bucket) -> {
            if (bucket.refilled(now) >= bucket.limit().burst()) {
                buckets.remove(key, bucket);
            }
        });
    }
}
