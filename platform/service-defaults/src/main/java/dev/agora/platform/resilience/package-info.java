/**
 * Every outbound call guarded the same way, configured in one place per call type ({@code agora.resilience.calls.*}):
 * a deadline, retries with jittered exponential backoff for idempotent calls, a circuit breaker and a bulkhead per
 * dependency, with their states in metrics and at {@code /actuator/breakers}.
 */
@NullMarked
package dev.agora.platform.resilience;

import org.jspecify.annotations.NullMarked;
