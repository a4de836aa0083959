package dev.agora.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/** So many units of one product, as an order asks for them. */
public record StockLine(UUID productId, int quantity) {

    public StockLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1) {
            throw new IllegalArgumentException("A line needs at least one unit, not " + quantity);
        }
    }
}
