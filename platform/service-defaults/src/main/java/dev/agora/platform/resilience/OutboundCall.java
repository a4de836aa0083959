package dev.agora.platform.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls of one type to one dependency (the catalog over gRPC, the payment provider, a service behind the gateway),
 * guarded by their policy: each attempt takes a place in the bulkhead and passes the circuit breaker; an idempotent
 * call is tried again after a retryable failure. Retries happen here and nowhere else on the way.
 */
public final class OutboundCall {

    private final String dependency;
    private final String callType;
    private final CallPolicy policy;
    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Counter retries;

    OutboundCall(
            String dependency,
            String callType,
            CallPolicy policy,
            Bulkhead bulkhead,
            CircuitBreaker breaker,
            Retry retry,
            Counter retries) {
        this.dependency = dependency;
        this.callType = callType;
        this.policy = policy;
        this.bulkhead = bulkhead;
        this.breaker = breaker;
        this.retry = retry;
        this.retries = retries;
        retry.getEventPublisher().onRetry(event -> retries.increment());
    }

    public String dependency() {
        return dependency;
    }

    public String callType() {
        return callType;
    }

    /** How long one attempt may take: put it on the call (gRPC deadline, HTTP response timeout). */
    public Duration deadline() {
        return policy.deadline();
    }

    public CallPolicy policy() {
        return policy;
    }

    /** For callers that guard reactive streams themselves (the gateway): the same breaker the metrics show. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    /** For a caller whose retries are done by its framework (the gateway's retry filter): count one more attempt. */
    public void recordRetry() {
        retries.increment();
    }

    /** Attempts after the first, since start ({@code agora.calls.retries}). */
    public long retries() {
        return (long) retries.count();
    }

    /**
     * One attempt, never repeated: for calls that are not idempotent. Throws what the call threw, or
     * {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException} while the breaker is open, or
     * {@link io.github.resilience4j.bulkhead.BulkheadFullException} when too many calls are under way.
     */
    public <T> T once(Supplier<T> attempt) {
        return Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(breaker, attempt))
                .get();
    }

    /** Up to the policy's attempts, with jittered backoff between them, while the failure is retryable. */
    public <T> T idempotent(Supplier<T> attempt) {
        return Retry.decorateSupplier(retry, () -> once(attempt)).get();
    }
}
