package dev.agora.payments.application;

import dev.agora.payments.domain.Ledger;
import dev.agora.payments.domain.LedgerEntry;
import dev.agora.payments.domain.Payment;
import dev.agora.payments.domain.Payments;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shows the payment of an order, with its ledger, to the customer who placed the order (or an admin) only. */
public class ViewPayment {

    private final Payments payments;
    private final Ledger ledger;

    public ViewPayment(Payments payments, Ledger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    public record PaymentWithLedger(Payment payment, List<LedgerEntry> ledger) {}

    /** Empty when there is none, and when it is another customer's: whose orders exist is not for others to learn. */
    public Optional<PaymentWithLedger> view(UUID orderId, String requesterId, boolean requesterIsAdmin) {
        return payments.find(orderId)
                .filter(payment -> requesterIsAdmin || payment.customerId().equals(requesterId))
                .map(payment -> new PaymentWithLedger(payment, ledger.entriesOf(orderId)));
    }
}
