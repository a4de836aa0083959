package dev.agora.orders.adapter.in.web;

import dev.agora.orders.application.history.OrderSummary;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the order list. */
record OrderSummaryResponse(
        UUID id,
        String status,
        @Nullable String reason,
        int itemCount,
        OrderResponse.MoneyResponse total,
        Instant placedAt,
        Instant updatedAt) {

    static OrderSummaryResponse of(OrderSummary summary) {
        return new OrderSummaryResponse(
                summary.orderId(),
                summary.status().name(),
                summary.reason() == null ? null : summary.reason().name(),
                summary.itemCount(),
                OrderResponse.MoneyResponse.of(summary.total()),
                summary.placedAt(),
                summary.updatedAt());
    }
}
