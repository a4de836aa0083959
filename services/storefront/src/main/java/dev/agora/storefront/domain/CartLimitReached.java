package dev.agora.storefront.domain;

/** What a cart holds is bounded: a shop's cart, not a warehouse order. The message says which bound, to a customer. */
public final class CartLimitReached extends RuntimeException {

    public CartLimitReached(String message) {
        super(message, null, false, false);
    }
}
