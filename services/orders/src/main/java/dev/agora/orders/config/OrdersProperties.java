package dev.agora.orders.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.orders.*}.
 *
 * @param stepTimeout how long a checkout step waits for its participant's answer before it is asked again; under
 *     payments' 10 s tok_slow times the attempts, so that the timeout path can be seen
 * @param stepAttempts how often a step is asked before the saga gives up and compensates (reason TIMEOUT)
 * @param maxPriceAge how old a price the catalog gave may be to price an order while the catalog cannot answer (the
 *     deadline, retries and breaker of the pricing call are the {@code grpc} policy of {@code agora.resilience.calls})
 * @param deadlineCheckInterval how often passed deadlines are looked for
 */
@ConfigurationProperties("agora.orders")
@Validated
public record OrdersProperties(
        @DefaultValue("4s") Duration stepTimeout,
        @DefaultValue("2") @Min(1) @Max(10) int stepAttempts,
        @DefaultValue("60s") Duration maxPriceAge,
        @DefaultValue("500ms") Duration deadlineCheckInterval) {}
