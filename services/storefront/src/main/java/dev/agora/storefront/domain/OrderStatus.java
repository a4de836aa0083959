package dev.agora.storefront.domain;

/** Where an order's checkout is: under way, or ended with a sale or without. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
