package dev.agora.payments.application.port;

import dev.agora.payments.domain.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answers payments gives the checkout saga, and its confirmations of erasures; written in the transaction of the
 * change they announce.
 */
public interface PaymentEvents {

    void authorized(UUID orderId, UUID paymentId, Money amount);

    void declined(UUID orderId, String reason);

    /** {@code refunded} is null when nothing had been authorized, or it was refunded before. */
    void voided(UUID orderId, @Nullable Money refunded);

    /** Payments' part of an erasure is done (CustomerDataErased, naming the erasure only). */
    void erased(UUID erasureId, Instant at);
}
