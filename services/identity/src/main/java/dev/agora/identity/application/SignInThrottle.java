package dev.agora.identity.application;

import dev.agora.identity.application.port.FailedSignIns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing down: after {@value #MAX_FAILURES} failed sign-ins for one e-mail within {@link #WINDOW},
 * that e-mail may not try again until the oldest of them leaves the window. It counts what was typed, whether or not an
 * account has it, so that being throttled reveals nothing about which accounts exist.
 *
 * <p>An attempt counts as a failure from the moment it begins until it succeeds: attempts sent all at once see each
 * other, so no more than {@value #MAX_FAILURES} of them get their password checked.
 */
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final FailedSignIns failures;
    private final Clock clock;

    public SignInThrottle(FailedSignIns failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Begins an attempt for this e-mail. Empty: go ahead (the attempt counts as failed unless {@link #succeeded}
     * follows). Otherwise how long to wait, and the attempt is not counted.
     */
    public Optional<Duration> begin(String email) {
        Instant now = clock.instant();
        failures.forgetBefore(now.minus(WINDOW));
        String attempt = failures.record(key(email), now);
        List<Instant> recent = failures.since(key(email), now.minus(WINDOW));
        if (recent.size() <= MAX_FAILURES) {
            return Optional.empty();
        }
        failures.forget(attempt);
        // This attempt is the latest of them: the wait ends when the oldest of the other last five leaves the window.
        Instant unblocked = recent.get(recent.size() - 1 - MAX_FAILURES).plus(WINDOW);
        Duration wait = Duration.between(now, unblocked);
        return Optional.of(wait.isPositive() ? wait : Duration.ofSeconds(1));
    }

    public void succeeded(String email) {
        failures.clear(key(email));
    }

    private static String key(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
