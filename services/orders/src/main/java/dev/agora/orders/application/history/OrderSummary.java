package dev.agora.orders.application.history;

import dev.agora.orders.domain.CancellationReason;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderLine;
import dev.agora.orders.domain.OrderStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of a customer's order history: what the list shows, without replaying any order. */
public record OrderSummary(
        UUID orderId,
        String customerId,
        OrderStatus status,
        @Nullable CancellationReason reason,
        Money total,
        int itemCount,
        Instant placedAt,
        Instant updatedAt) {

    /** The row for an order as its events left it. */
    public static OrderSummary of(Order order) {
        return new OrderSummary(
                order.id(),
                order.customerId(),
                order.status(),
                order.status() == OrderStatus.CANCELLED ? order.reason().orElse(null) : null,
                order.total(),
                order.lines().stream().mapToInt(OrderLine::quantity).sum(),
                order.placedAt(),
                order.updatedAt());
    }
}
