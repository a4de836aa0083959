package dev.agora.inventory.domain;

import java.util.UUID;

/** Inventory keeps no stock for this product. */
public class StockNotFound extends RuntimeException {

    public StockNotFound(UUID productId) {
        super("No stock for product " + productId);
    }
}
