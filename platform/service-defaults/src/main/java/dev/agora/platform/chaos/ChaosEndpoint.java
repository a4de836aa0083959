package dev.agora.platform.chaos;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/chaos} under the chaos profile: GET shows what is switched on; POST {@code {"latency": "2s"}},
 * {@code {"errors": "20%"}} or {@code {"off": true}} changes it. {@code ./agora chaos} calls it.
 */
@Endpoint(id = "chaos")
public class ChaosEndpoint {

    private final Chaos chaos;

    public ChaosEndpoint(Chaos chaos) {
        this.chaos = chaos;
    }

    @ReadOperation
    public State state() {
        return State.of(chaos.settings());
    }

    @WriteOperation
    public State change(@Nullable String latency, @Nullable String errors, @Nullable Boolean off) {
        Chaos.Settings current = chaos.settings();
        Chaos.Settings changed;
        try {
            changed = Boolean.TRUE.equals(off)
                    ? Chaos.Settings.OFF
                    : new Chaos.Settings(
                            Chaos.latency(latency, current.latency()), Chaos.errorRate(errors, current.errorRate()));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidEndpointRequestException(
                    "Cannot read latency='" + latency + "' errors='" + errors + "': " + invalid.getMessage()
                            + " (for example latency=2s, errors=20%)",
                    "invalid chaos settings");
        }
        chaos.set(changed);
        return State.of(changed);
    }

    /**
     * @param latencyMillis added to every answer
     * @param errorPercent of the answers that are a 503 instead
     * @param summary as {@code ./agora chaos} prints it
     */
    public record State(long latencyMillis, double errorPercent, String summary) {

        static State of(Chaos.Settings settings) {
            Duration latency = settings.latency();
            return new State(latency.toMillis(), settings.errorRate() * 100, settings.describe());
        }
    }
}
