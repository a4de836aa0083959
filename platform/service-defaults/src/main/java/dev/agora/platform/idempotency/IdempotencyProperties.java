package dev.agora.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.idempotency.*}: how a service keeps the answers to its creating requests.
 *
 * @param claimTimeout how long a claimed key stays with a request that has not answered; past it, the request is taken
 *     for crashed and the next request with the key takes the claim over. Longer than any creating request takes.
 */
@ConfigurationProperties("agora.idempotency")
public record IdempotencyProperties(@DefaultValue("30s") Duration claimTimeout) {

    public IdempotencyProperties {
        if (claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("agora.idempotency.claim-timeout must be positive: " + claimTimeout);
        }
    }
}
