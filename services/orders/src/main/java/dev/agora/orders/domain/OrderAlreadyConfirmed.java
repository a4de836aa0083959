package dev.agora.orders.domain;

import java.util.UUID;

/** A confirmed order is sold: it can no longer be cancelled. */
public class OrderAlreadyConfirmed extends RuntimeException {

    public OrderAlreadyConfirmed(UUID orderId) {
        super("Order " + orderId + " is confirmed: it can no longer be cancelled");
    }
}
