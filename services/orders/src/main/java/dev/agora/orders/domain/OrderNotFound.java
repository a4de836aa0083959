package dev.agora.orders.domain;

import java.util.UUID;

/** No order with this id, or none the caller may see (which a caller must not be able to tell apart). */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(UUID orderId) {
        super("No order " + orderId);
    }
}
