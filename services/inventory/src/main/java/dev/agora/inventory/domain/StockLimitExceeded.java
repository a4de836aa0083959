package dev.agora.inventory.domain;

import java.util.UUID;

/** A receipt that would take a product's stock above {@link Stock#MAX_UNITS}. */
public class StockLimitExceeded extends RuntimeException {

    public StockLimitExceeded(UUID productId, int total, int quantity) {
        super("Product " + productId + " has " + total + " units in all; " + quantity + " more would exceed "
                + Stock.MAX_UNITS);
    }
}
