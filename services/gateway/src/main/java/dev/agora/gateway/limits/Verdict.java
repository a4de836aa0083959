package dev.agora.gateway.limits;

import java.time.Duration;

/**
 * What a bucket said about one request.
 *
 * @param allowed whether the request may go on
 * @param limit the bucket's size: how many requests a caller with a full bucket may send at once
 * @param remaining whole tokens left after this request
 * @param untilFull how long until the bucket is full again if nothing more is sent
 * @param untilNext how long until one token is back (for a refused request: when to try again)
 */
public record Verdict(boolean allowed, int limit, int remaining, Duration untilFull, Duration untilNext) {

    /** The verdict when the tokens left are {@code tokens} (fractional) after the decision. */
    static Verdict of(boolean allowed, double tokens, RateLimit limit) {
        double perSecond = limit.refillPerSecond();
        double missingToFull = Math.max(0, limit.burst() - tokens);
        double missingToOne = Math.max(0, 1 - tokens);
        return new Verdict(
                allowed,
                limit.burst(),
                (int) Math.floor(tokens),
                Duration.ofNanos((long) Math.ceil(missingToFull / perSecond * 1e9)),
                Duration.ofNanos((long) Math.ceil(missingToOne / perSecond * 1e9)));
    }

    /** Allowed without a bucket being asked (the store could not be reached): shown as a full bucket. */
    static Verdict unchecked(RateLimit limit) {
        return new Verdict(true, limit.burst(), limit.burst(), Duration.ZERO, Duration.ZERO);
    }
}
