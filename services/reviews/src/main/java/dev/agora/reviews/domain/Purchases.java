package dev.agora.reviews.domain;

import java.util.List;
import java.util.UUID;

/** Who bought what, as orders tells it: an order placed, then confirmed (a purchase) or cancelled (none). */
public interface Purchases {

    void placed(UUID orderId, String customerId, List<UUID> productIds);

    /** The order's products become the customer's purchases; an unknown order changes nothing. */
    void confirmed(UUID orderId);

    void cancelled(UUID orderId);

    boolean hasBought(String customerId, UUID productId);

    /** Forgets what a customer bought or ordered. */
    void forget(String customerId);
}
