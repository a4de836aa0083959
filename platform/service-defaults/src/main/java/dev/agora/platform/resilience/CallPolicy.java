package dev.agora.platform.resilience;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one type of outbound call is guarded. The values and the reasons for them are in docs/guides/resilience.md.
 *
 * @param deadline how long one attempt may take; the caller puts it on the call itself (a gRPC deadline, an HTTP
 *     response timeout), so the dependency can stop working on an answer nobody waits for
 * @param retry how often, and after how long, an idempotent call is tried again
 * @param breaker when calls stop being sent to a dependency that keeps failing
 * @param maxConcurrentCalls the bulkhead: calls to one dependency beyond this many at once fail at once, so a slow
 *     dependency cannot take every thread of the caller
 */
public record CallPolicy(
        @NotNull Duration deadline,
        @DefaultValue @Valid Retry retry,
        @DefaultValue @Valid Breaker breaker,
        @DefaultValue("25") @Min(1) int maxConcurrentCalls) {

    /**
     * @param attempts tries in all, the first included (1 = no retry); only idempotent calls and retryable errors
     * @param firstBackoff the pause before the second attempt; it doubles for each further one, and each pause is
     *     randomised by half of itself either way (jitter), so that callers that failed together do not retry together
     */
    public record Retry(
            @DefaultValue("3") @Min(1) @Max(3) int attempts,
            @DefaultValue("100ms") @NotNull Duration firstBackoff) {}

    /**
     * @param minimumCalls no verdict before this many calls in the window
     * @param failureRate percent of failed (or slow) calls that opens the breaker
     * @param window how many of the latest calls the rate is computed over
     * @param openFor how long an open breaker refuses calls before letting a few through (half-open)
     * @param slowCall a call lasting longer than this counts against the dependency like a failure
     */
    public record Breaker(
            @DefaultValue("5") @Min(1) int minimumCalls,
            @DefaultValue("50") @Min(1) @Max(100) int failureRate,
            @DefaultValue("20") @Min(1) int window,
            @DefaultValue("10s") @NotNull Duration openFor,
            @DefaultValue("60s") @NotNull Duration slowCall) {}
}
