package dev.agora.mobilebff.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the customer's orders, as orders answers it.
 *
 * @param status {@code PENDING}, {@code CONFIRMED} or {@code CANCELLED}
 * @param reason why it was cancelled ({@code PAYMENT_DECLINED}, {@code OUT_OF_STOCK}, ...), once it is
 * @param shippingAddress the copy of the address it ships to, as it was when placed; none when placed without one
 */
public record Order(
        UUID id,
        String status,
        @Nullable String reason,
        List<Line> items,
        Money total,
        @Nullable ShippingAddress shippingAddress,
        Instant placedAt,
        Instant updatedAt) {

    public Order {
        items = List.copyOf(items);
    }

    /** Whether it has ended, confirmed or cancelled: its status changes no more. */
    public boolean hasEnded() {
        return status.equals("CONFIRMED") || status.equals("CANCELLED");
    }

    /** Units of one product at the price the catalog gave when the order was placed. */
    public record Line(UUID productId, int quantity, Money unitPrice) {}

    /** One product and how many of it, as the customer asks for them. */
    public record Item(UUID productId, int quantity) {}
}
