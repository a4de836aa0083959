package dev.agora.orders.domain;

import java.util.UUID;

/** An order paid for, whose units are being sold or are sold, can no longer be cancelled. */
public class OrderAlreadyConfirmed extends RuntimeException {

    public OrderAlreadyConfirmed(UUID orderId) {
        super("Order " + orderId + " is paid and being confirmed, or confirmed: it can no longer be cancelled");
    }
}
