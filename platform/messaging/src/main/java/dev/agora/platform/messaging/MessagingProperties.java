package dev.agora.platform.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.messaging.*}: how a service publishes and consumes.
 *
 * @param source the {@code ce_source} of what this service publishes
 * @param relayInterval how often the relay looks for unsent rows when no commit woke it
 * @param relayBatch the most rows the relay publishes in one transaction
 * @param retryAttempts how many times a failing message is retried before it goes to the DLT
 * @param retryFirstDelay the pause before the first retry; it doubles up to {@code retryMaxDelay}
 * @param retention how long sent outbox rows and inbox entries are kept (longer than the topics keep messages)
 */
@Validated
@ConfigurationProperties("agora.messaging")
public record MessagingProperties(
        @NotBlank String source,
        @DefaultValue("1s") Duration relayInterval,
        @DefaultValue("200") @Min(1) int relayBatch,
        @DefaultValue("3") @Min(0) int retryAttempts,
        @DefaultValue("200ms") Duration retryFirstDelay,
        @DefaultValue("2s") Duration retryMaxDelay,
        @DefaultValue("8d") Duration retention) {}
