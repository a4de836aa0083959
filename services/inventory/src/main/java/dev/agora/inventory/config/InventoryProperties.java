package dev.agora.inventory.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.inventory.*}.
 *
 * @param reservationHold how long units stay held for an order the saga has not confirmed or cancelled; far longer
 *     than the saga's own timeouts, so that expiry only cleans up after a saga that was lost
 * @param expiryCheckInterval how often expired reservations are looked for
 */
@ConfigurationProperties("agora.inventory")
public record InventoryProperties(
        @DefaultValue("15m") Duration reservationHold,
        @DefaultValue("10s") Duration expiryCheckInterval) {}
