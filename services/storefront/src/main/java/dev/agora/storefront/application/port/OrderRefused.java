package dev.agora.storefront.application.port;

/** The orders service would not do what was asked; the message says why, in words for the page. */
public final class OrderRefused extends RuntimeException {

    public OrderRefused(String message) {
        super(message);
    }
}
