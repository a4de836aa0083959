package dev.agora.orders.domain;

import java.util.Objects;
import java.util.UUID;

/** A product, how many of it, and its price when the order was placed (from the catalog, never the client). */
public record OrderLine(UUID productId, int quantity, Money unitPrice) {

    public static final int MAX_QUANTITY = 1000;

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity is 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
