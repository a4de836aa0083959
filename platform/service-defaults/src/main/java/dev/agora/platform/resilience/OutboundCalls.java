package dev.agora.platform.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The guarded outbound calls of this service, one per dependency, each built from the policy of its call type. Their
 * breakers, bulkheads and retries are published as metrics ({@code resilience4j_*}, {@code agora_calls_retries}) and at {@code /actuator/breakers}.
 */
public final class OutboundCalls {

    /** Pauses grow by this factor from one retry to the next. */
    private static final double BACKOFF_MULTIPLIER = 2.0;

    /** Each pause is drawn at random within half of itself either way. */
    private static final double JITTER = 0.5;

    /** Calls let through by a half-open breaker to test whether the dependency is back. */
    private static final int HALF_OPEN_CALLS = 3;

    private final ResilienceProperties properties;
    private final MeterRegistry meters;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final Map<String, OutboundCall> calls = new ConcurrentHashMap<>();

    public OutboundCalls(ResilienceProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /**
     * The calls of {@code callType} to {@code dependency}, created on first use.
     *
     * @param isFailure what counts against the dependency (unreachable, timed out, server errors), not what says the
     *     request was wrong (a bad argument, an unknown id): those pass through and leave the breaker alone
     * @param isRetryable which of those failures may succeed on another attempt
     */
    public OutboundCall to(
            String dependency, String callType, Predicate<Throwable> isFailure, Predicate<Throwable> isRetryable) {
        OutboundCall call = calls.computeIfAbsent(
                dependency, name -> create(name, callType, properties.policy(callType), isFailure, isRetryable));
        if (!call.callType().equals(callType)) {
            throw new IllegalStateException("Calls to " + dependency + " are already guarded as " + call.callType()
                    + ", not " + callType + ": one dependency, one breaker, one call type");
        }
        return call;
    }

    public Collection<OutboundCall> all() {
        return List.copyOf(calls.values());
    }

    private OutboundCall create(
            String dependency,
            String callType,
            CallPolicy policy,
            Predicate<Throwable> isFailure,
            Predicate<Throwable> isRetryable) {
        CallPolicy.Breaker breaker = policy.breaker();
        CircuitBreaker circuitBreaker = breakers.circuitBreaker(
                dependency,
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(Math.max(breaker.window(), breaker.minimumCalls()))
                        .minimumNumberOfCalls(breaker.minimumCalls())
                        .failureRateThreshold(breaker.failureRate())
                        .slowCallRateThreshold(breaker.failureRate())
                        .slowCallDurationThreshold(breaker.slowCall())
                        .waitDurationInOpenState(breaker.openFor())
                        // Half-open at the first call after openFor. (On its own would need Resilience4j's scheduler,
                        // whose thread keeps a JVM from exiting.)
                        .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
                        .recordException(isFailure)
                        .build());
        Bulkhead bulkhead = bulkheads.bulkhead(
                dependency,
                BulkheadConfig.custom()
                        .maxConcurrentCalls(policy.maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build());
        Retry retry = retries.retry(
                dependency,
                RetryConfig.custom()
                        .maxAttempts(policy.retry().attempts())
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                policy.retry().firstBackoff(), BACKOFF_MULTIPLIER, JITTER))
                        // An open breaker or a full bulkhead is an answer already: asking again at once would not help.
                        .retryOnException(isRetryable)
                        .build());
        Counter attempts = Counter.builder("agora.calls.retries")
                .description("Attempts after the first, of calls to one dependency")
                .tag("dependency", dependency)
                .tag("call.type", callType)
                .register(meters);
        return new OutboundCall(dependency, callType, policy, bulkhead, circuitBreaker, retry, attempts);
    }
}
