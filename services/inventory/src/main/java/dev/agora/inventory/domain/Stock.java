package dev.agora.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The units of one product: free to reserve, held for orders, sold. Every move keeps their sum (the stock conserved)
 * and none of them goes below zero.
 */
public record Stock(UUID productId, int available, int reserved, int sold) {

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

    public int total() {
        return available + reserved + sold;
    }
}
