package dev.agora.payments.application.port;

import dev.agora.payments.domain.Money;
import java.util.UUID;

/** The outside party that moves the money (a card processor); in development, a simulation. */
public interface PaymentProvider {

    /** What the provider said to an authorization request. */
    sealed interface Answer {}

    /** @param reference the provider's id for the authorization, needed to refund it */
    record Authorized(String reference) implements Answer {}

    record Declined(String reason) implements Answer {}

    /**
     * Asks to set {@code amount} aside for the order; may take a while. Idempotent per order, as real providers are with
     * an idempotency key: asked twice for one order, it authorizes once and gives the same answer.
     */
    Answer authorize(UUID orderId, Money amount, String paymentToken);

    /** Gives back an authorization in full. */
    void refund(String reference, Money amount);
}
