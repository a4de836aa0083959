package dev.agora.storefront.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order as the orders service tells it: its status, why it was cancelled (when it was), what is in it
 * at the prices the catalog set when it was placed, and where it ships (on one line; none when placed without an
 * address).
 */
public record Order(
        UUID id,
        OrderStatus status,
        @Nullable CancellationReason reason,
        List<Line> lines,
        Price total,
        @Nullable String shipsTo,
        Instant placedAt) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    public Optional<CancellationReason> cancellationReason() {
        return Optional.ofNullable(reason);
    }

    /** While the checkout is under way: a confirmed or cancelled order cannot be cancelled. */
    public boolean canBeCancelled() {
        return status == OrderStatus.PENDING;
    }

    public record Line(UUID productId, int quantity, Price unitPrice) {}
}
