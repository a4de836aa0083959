package dev.agora.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Load at a steady rate: the i-th request starts {@code i} periods after the first, handed to the given executor at
 * its time by a scheduler. Nothing spins or sleeps in a loop, so the load leaves both cores to the platform under test.
 */
final class Pace {

    private Pace() {}

    /** Starts {@code count} calls of {@code request} (given their index), one every {@code period}; their results. */
    static <T> List<CompletableFuture<T>> start(int count, Duration period, Executor executor, IntFunction<T> request) {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<T>> results = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            int which = index;
            CompletableFuture<T> result = new CompletableFuture<>();
            results.add(result);
            clock.schedule(
                    () -> executor.execute(() -> {
                        try {
                            result.complete(request.apply(which));
                        } catch (RuntimeException | Error failure) {
                            result.completeExceptionally(failure);
                        }
                    }),
                    period.toNanos() * index,
                    TimeUnit.NANOSECONDS);
        }
        clock.shutdown(); // the scheduled starts still happen; then its thread ends
        return results;
    }

    /** Runs {@code fault} once, {@code after} from now, on its own thread. */
    static CompletableFuture<Void> at(Duration after, Runnable fault) {
        return CompletableFuture.runAsync(
                fault, CompletableFuture.delayedExecutor(after.toNanos(), TimeUnit.NANOSECONDS));
    }
}
