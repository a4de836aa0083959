package dev.agora.storefront.domain;

import java.util.UUID;

/** No such order among the customer's: it does not exist, or it is someone else's (the page does not say which). */
public final class OrderNotFound extends RuntimeException {

    public OrderNotFound(UUID id) {
        super("No order " + id + " among the customer's");
    }
}
