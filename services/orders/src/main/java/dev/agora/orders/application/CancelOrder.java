package dev.agora.orders.application;

import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderNotFound;
import dev.agora.orders.domain.Orders;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer gives up an order not yet confirmed: the saga compensates what it did, and the order ends {@code
 * CANCELLED} with reason {@code CUSTOMER_CANCELLED} once the participants have undone it.
 */
public class CancelOrder {

    private final Orders orders;
    private final CheckoutSaga saga;
    private final TransactionOperations transactions;
    private final Clock clock;

    public CancelOrder(Orders orders, CheckoutSaga saga, TransactionOperations transactions, Clock clock) {
        this.orders = orders;
        this.saga = saga;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Order cancel(UUID orderId, String caller) {
        Order cancelled = transactions.execute(status -> {
            Order order = orders.lock(orderId)
                    .filter(found -> found.isOwnedBy(caller))
                    .orElseThrow(() -> new OrderNotFound(orderId));
            order.cancel(clock.instant());
            saga.record(order);
            return order;
        });
        if (cancelled == null) {
            throw new IllegalStateException("The cancellation of " + orderId + " returned nothing");
        }
        return cancelled;
    }
}
