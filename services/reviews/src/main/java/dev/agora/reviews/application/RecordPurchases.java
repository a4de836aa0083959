package dev.agora.reviews.application;

import dev.agora.reviews.domain.Authors;
import dev.agora.reviews.domain.Purchases;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What reviews learns from the other services, each in the caller's transaction (the inbox's): who bought what from
 * orders' events, the names authors sign with from users'.
 */
public class RecordPurchases {

    private final Purchases purchases;
    private final Authors authors;

    public RecordPurchases(Purchases purchases, Authors authors) {
        this.purchases = purchases;
        this.authors = authors;
    }

    public void placed(UUID orderId, String customerId, List<UUID> productIds) {
        purchases.placed(orderId, customerId, productIds);
    }

    public void confirmed(UUID orderId) {
        purchases.confirmed(orderId);
    }

    public void cancelled(UUID orderId) {
        purchases.cancelled(orderId);
    }

    public void named(String customerId, String displayName, Instant at) {
        authors.named(customerId, displayName, at);
    }
}
