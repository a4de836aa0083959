package dev.agora.storefront.application.port;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The checkout forms already sent, by the Idempotency-Key each form carries: a double click or a reload of the form
 * sends its key again, and finds the order the first one placed instead of placing another.
 */
public interface Checkouts {

    /** True for the first form with this key; false when one came before. */
    boolean claim(UUID idempotencyKey, String customer);

    /** The first form with this key placed this order. */
    void placed(UUID idempotencyKey, UUID orderId);

    /** The first form did not place an order (it was refused, or a service failed): the key may be sent again. */
    void release(UUID idempotencyKey);

    /** The order the first form with this key placed, once it has, waiting at most {@code patience}. */
    Optional<UUID> orderOf(UUID idempotencyKey, String customer, Duration patience);
}
