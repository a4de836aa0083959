package dev.agora.payments.application;

import dev.agora.payments.application.port.PaymentEvents;
import dev.agora.payments.domain.Payments;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Payments' part of a customer's erasure: the payments and the ledger stay (money was moved), but the payments are
 * filed under a pseudonym instead of the customer's id, in one transaction with the confirmation.
 */
public class PseudonymiseCustomer {

    private final Payments payments;
    private final PaymentEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public PseudonymiseCustomer(
            Payments payments, PaymentEvents events, TransactionOperations transactions, Clock clock) {
        this.payments = payments;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param pseudonym what the customer's id becomes, the same in every service that keeps records */
    public record Command(UUID erasureId, String customerId, String pseudonym) {}

    public void pseudonymise(Command command) {
        transactions.executeWithoutResult(status -> {
            payments.pseudonymise(command.customerId(), command.pseudonym());
            events.erased(command.erasureId(), clock.instant());
        });
    }
}
