package dev.agora.orders.application;

import dev.agora.orders.application.history.OrderHistory;
import dev.agora.orders.application.port.ErasureConfirmations;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.Orders;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Orders' part of a customer's erasure. The orders stay (they are the accounts' record of sales), but nothing in them
 * says who placed them: the customer's id becomes a pseudonym and the copy of their address goes, in the stored events
 * and in the history alike, in one transaction with the confirmation. A repeat finds nothing left to change.
 */
public class PseudonymiseCustomer {

    private final Orders orders;
    private final OrderHistory history;
    private final ErasureConfirmations confirmations;
    private final TransactionOperations transactions;
    private final Clock clock;

    public PseudonymiseCustomer(
            Orders orders,
            OrderHistory history,
            ErasureConfirmations confirmations,
            TransactionOperations transactions,
            Clock clock) {
        this.orders = orders;
        this.history = history;
        this.confirmations = confirmations;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param pseudonym what the customer's id becomes, the same in every service that keeps records */
    public record Command(UUID erasureId, String customerId, String pseudonym) {}

    public void pseudonymise(Command command) {
        transactions.executeWithoutResult(status -> {
            for (UUID orderId : history.orderIdsOf(command.customerId())) {
                // Locked as the saga locks it: a checkout still running goes on with the pseudonym.
                orders.lock(orderId);
                orders.rewrite(
                        orderId,
                        event -> event instanceof OrderEvent.OrderPlaced placed
                                ? placed.pseudonymised(command.pseudonym())
                                : event);
            }
            history.pseudonymise(command.customerId(), command.pseudonym());
            confirmations.erased(command.erasureId(), clock.instant());
        });
    }
}
