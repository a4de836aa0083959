package dev.agora.platform.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/breakers} on the management port: each dependency's breaker and how the calls to it went, for
 * {@code ./agora status} and for a person looking at one instance. The same figures are metrics.
 */
@Endpoint(id = "breakers")
public class BreakersEndpoint {

    private final OutboundCalls calls;

    public BreakersEndpoint(OutboundCalls calls) {
        this.calls = calls;
    }

    @ReadOperation
    public List<BreakerState> breakers() {
        return calls.all().stream()
                .map(BreakersEndpoint::stateOf)
                .sorted(Comparator.comparing(BreakerState::dependency))
                .toList();
    }

    private static BreakerState stateOf(OutboundCall call) {
        CircuitBreaker.Metrics breaker = call.breaker().getMetrics();
        return new BreakerState(
                call.dependency(),
                call.callType(),
                call.breaker().getState().name(),
                breaker.getFailureRate(),
                breaker.getSlowCallRate(),
                breaker.getNumberOfBufferedCalls(),
                breaker.getNumberOfNotPermittedCalls(),
                call.retries(),
                call.bulkhead().getMetrics().getAvailableConcurrentCalls());
    }

    /**
     * @param failureRate percent of the recent calls that failed; -1 before the breaker has enough calls to judge
     * @param recentCalls calls in the breaker's window
     * @param notPermittedCalls calls refused at once since start because the breaker was open
     * @param retries attempts after the first, since start
     * @param freeBulkheadPlaces how many more calls may start now
     */
    public record BreakerState(
            String dependency,
            String callType,
            String state,
            float failureRate,
            float slowCallRate,
            int recentCalls,
            long notPermittedCalls,
            long retries,
            int freeBulkheadPlaces) {}
}
