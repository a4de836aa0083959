package dev.agora.gateway.limits;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * A token bucket: it holds up to {@code burst} tokens and gains {@code requests} tokens every {@code per}; each request
 * takes one, and a request that finds none is refused. So a caller may send {@code burst} requests at once, then
 * {@code requests} per {@code per} for as long as it likes.
 */
public record RateLimit(
        @Min(1) int requests, @NotNull Duration per, @Min(1) int burst) {

    /** Tokens gained per second. */
    double refillPerSecond() {
        return requests / (per.toNanos() / 1e9);
    }
}
