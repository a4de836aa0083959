package dev.agora.reviews.domain;

/** Only a customer who bought a product (a confirmed order) may review it. */
public class PurchaseRequired extends RuntimeException {

    public PurchaseRequired() {
        super("Only a customer who bought a product (a confirmed order) may review it.");
    }
}
