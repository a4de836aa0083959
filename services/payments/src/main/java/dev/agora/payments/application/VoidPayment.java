package dev.agora.payments.application;

import dev.agora.payments.application.port.PaymentEvents;
import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Ledger;
import dev.agora.payments.domain.LedgerEntry;
import dev.agora.payments.domain.Payment;
import dev.agora.payments.domain.PaymentStatus;
import dev.agora.payments.domain.Payments;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The saga's compensation: the order will not be confirmed, so an authorization is refunded in full and the payment is
 * void. Voiding twice refunds once; voiding an order that was never authorized refunds nothing, and leaves a void
 * payment behind, so that an authorization arriving later (redriven from a dead-letter topic, say) charges nothing.
 */
public class VoidPayment {

    private final Payments payments;
    private final Ledger ledger;
    private final PaymentProvider provider;
    private final PaymentEvents events;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public VoidPayment(
            Payments payments,
            Ledger ledger,
            PaymentProvider provider,
            PaymentEvents events,
            Clock clock,
            Supplier<UUID> ids) {
        this.payments = payments;
        this.ledger = ledger;
        this.provider = provider;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
    }

    public void voidPaymentOf(UUID orderId) {
        Optional<Payment> found = payments.lock(orderId);
        if (found.isPresent() && found.get().isAuthorized()) {
            Payment payment = found.get();
            provider.refund(Objects.requireNonNull(payment.providerReference()), payment.amount());
            payments.save(payment.voided());
            ledger.record(
                    new LedgerEntry(payment.id(), orderId, LedgerEntry.Kind.REFUND, payment.amount(), clock.instant()));
            events.voided(orderId, payment.amount());
            return;
        }
        // A declined or unseen payment becomes void too, so that a late authorization cannot charge the order.
        if (found.isEmpty()) {
            payments.save(Payment.voidedUnauthorized(ids.get(), orderId));
        } else if (found.get().status() == PaymentStatus.DECLINED) {
            payments.save(found.get().voided());
        }
        events.voided(orderId, null);
    }
}
