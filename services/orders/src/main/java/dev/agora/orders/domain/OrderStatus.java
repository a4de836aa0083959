package dev.agora.orders.domain;

/** What a customer sees: the checkout is running, or it ended one way or the other. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLED;

    public boolean isTerminal() {
        return this != PENDING;
    }
}
