package dev.agora.payments.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.payments.*}.
 *
 * @param slowTokenDelay how long the simulated provider takes to answer for {@code tok_slow}: longer than the saga
 *     waits for a payment, so that it times out
 */
@ConfigurationProperties("agora.payments")
public record PaymentsProperties(@DefaultValue("10s") Duration slowTokenDelay) {}
