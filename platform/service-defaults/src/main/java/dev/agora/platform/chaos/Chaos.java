package dev.agora.platform.chaos;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.convert.DurationStyle;

/**
 * What the chaos profile does to each request the service answers, as switched at run time: wait {@code latency},
 * then fail {@code errorRate} of them with 503. Both off at start.
 */
public final class Chaos {

    /** Both together, so that a request never sees half of a change. */
    public record Settings(Duration latency, double errorRate) {

        public static final Settings OFF = new Settings(Duration.ZERO, 0);

        public Settings {
            if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("latency must be between 0 and 1m, not " + latency);
            }
            if (errorRate < 0 || errorRate > 1) {
                throw new IllegalArgumentException("errors must be between 0% and 100%");
            }
        }

        public boolean isOff() {
            return latency.isZero() && errorRate == 0;
        }

        /** {@code latency=2s errors=20%}, or {@code off}. */
        public String describe() {
            if (isOff()) {
                return "off";
            }
            return "latency=" + latency.toMillis() + "ms errors="
                    + String.format(Locale.ROOT, "%.0f%%", errorRate * 100);
        }
    }

    private volatile Settings settings = Settings.OFF;

    public Settings settings() {
        return settings;
    }

    public void set(Settings settings) {
        this.settings = settings;
    }

    /** Reads {@code 2s}, {@code 500ms}; {@code null} or blank keeps {@code current}. */
    static Duration latency(String text, Duration current) {
        return text == null || text.isBlank() ? current : DurationStyle.detectAndParse(text.strip());
    }

    /** Reads {@code 20%} or {@code 0.2}; {@code null} or blank keeps {@code current}. */
    static double errorRate(String text, double current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        String value = text.strip();
        return value.endsWith("%")
                ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                : Double.parseDouble(value);
    }

    /** The pause to make before answering. */
    public Duration delay() {
        return settings.latency();
    }

    /** Whether this request fails: drawn at random at the configured rate. */
    public boolean failsNow() {
        double rate = settings.errorRate();
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    public static ProblemException injectedFailure() {
        return new ProblemException(
                PlatformErrorCodes.SERVICE_UNAVAILABLE,
                "A failure injected by the chaos profile (./agora chaos <service> off ends it).");
    }
}
