package dev.agora.storefront.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a customer's list of orders. */
public record OrderSummary(
        UUID id,
        OrderStatus status,
        @Nullable CancellationReason reason,
        int itemCount,
        Price total,
        Instant placedAt) {}
