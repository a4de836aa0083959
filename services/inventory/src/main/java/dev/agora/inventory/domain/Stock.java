package dev.agora.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The units of one product: free to reserve, held for orders, sold. Every move keeps their sum (the stock conserved)
 * and none of them goes below zero; only a receipt of goods adds to it.
 */
public record Stock(UUID productId, int available, int reserved, int sold) {

    /** The most units one product may have in all: far above any shop's stock, and below the columns' limit. */
    public static final int MAX_UNITS = 1_000_000_000;

    public Stock {
        Objects.requireNonNull(productId, "productId");
        if (available < 0 || reserved < 0 || sold < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + available + "/" + reserved + "/" + sold);
        }
    }

    public boolean canReserve(int quantity) {
        return available >= quantity;
    }

    public Stock reserve(int quantity) {
        if (!canReserve(quantity)) {
            throw new IllegalStateException("Only " + available + " of " + productId + " available, not " + quantity);
        }
        return new Stock(productId, available - quantity, reserved + quantity, sold);
    }

    /** Reserved units go back to available (compensation or expiry). */
    public Stock release(int quantity) {
        return new Stock(productId, available + quantity, reserved - quantity, sold);
    }

    /** Reserved units are sold (the order is confirmed). */
    public Stock sell(int quantity) {
        return new Stock(productId, available, reserved - quantity, sold + quantity);
    }

    /** A product inventory has not stocked yet: nothing available, held or sold. */
    public static Stock none(UUID productId) {
        return new Stock(productId, 0, 0, 0);
    }

    /** Received goods: {@code quantity} more units free to reserve. */
    public Stock receive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A receipt adds at least one unit, not " + quantity);
        }
        if (quantity > MAX_UNITS - total()) {
            throw new StockLimitExceeded(productId, total(), quantity);
        }
        return new Stock(productId, available + quantity, reserved, sold);
    }

    public int total() {
        return available + reserved + sold;
    }
}
