package dev.agora.identity.application;

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

    /** How long this e-mail must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitBefore(String email) {
        Instant now = clock.instant();
        List<Instant> recent = failures.since(key(email), now.minus(WINDOW));
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant unblocked = recent.get(recent.size() - MAX_FAILURES).plus(WINDOW);
        Duration wait = Duration.between(now, unblocked);
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    public void failed(String email) {
        Instant now = clock.instant();
        failures.record(key(email), now);
        failures.forgetBefore(now.minus(WINDOW));
    }

    public void succeeded(String email) {
        failures.clear(key(email));
    }

    private static String key(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
