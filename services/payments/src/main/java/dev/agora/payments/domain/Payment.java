package dev.agora.payments.domain;

import java.util.Currency;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one order: at most one per order, so that no order is ever charged twice, whatever the saga retries
 * or the broker redelivers.
 *
 * @param providerReference the provider's id of the authorization; null when nothing was authorized
 * @param reason why it was declined or voided; null otherwise
 */
public record Payment(
        UUID id,
        UUID orderId,
        String customerId,
        Money amount,
        PaymentStatus status,
        @Nullable String providerReference,
        @Nullable String reason) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }

    public boolean isAuthorized() {
        return status == PaymentStatus.AUTHORIZED;
    }

    /**
     * A void for an order whose authorization never arrived: no amount was ever asked (zero, in euros), no customer
     * known; it exists so that an authorization arriving after it is refused.
     */
    public static Payment voidedUnauthorized(UUID id, UUID orderId) {
        return new Payment(
                id,
                orderId,
                "",
                Money.zero(Currency.getInstance("EUR")),
                PaymentStatus.VOIDED,
                null,
                "voided before any authorization");
    }

    /** Voided: refunded if it was authorized; either way no authorization is accepted for the order any more. */
    public Payment voided() {
        return new Payment(id, orderId, customerId, amount, PaymentStatus.VOIDED, providerReference, "order cancelled");
    }
}
