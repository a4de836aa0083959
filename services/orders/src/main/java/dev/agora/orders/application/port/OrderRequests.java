package dev.agora.orders.application.port;

import java.util.Optional;
import java.util.UUID;

/** The order each {@code Idempotency-Key} placed, per customer: a retry gets that order instead of a second one. */
public interface OrderRequests {

    /** An order placed under a key, and the fingerprint of the request that placed it. */
    record Placed(String fingerprint, UUID orderId) {}

    Optional<Placed> find(String customerId, String key);

    /** Records the key for this order, in the caller's transaction; false when another request holds it already. */
    boolean claim(String customerId, String key, String fingerprint, UUID orderId);
}
