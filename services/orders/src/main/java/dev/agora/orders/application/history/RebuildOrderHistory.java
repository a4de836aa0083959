package dev.agora.orders.application.history;

import dev.agora.orders.domain.Orders;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Throws the read model away and projects it again from the event store: the events are the truth, the history only
 * a view of them (after a change to its shape, say, or to mend it).
 */
public class RebuildOrderHistory {

    private static final int BATCH = 500;

    private final Orders orders;
    private final OrderHistory history;
    private final TransactionOperations transactions;

    public RebuildOrderHistory(Orders orders, OrderHistory history, TransactionOperations transactions) {
        this.orders = orders;
        this.history = history;
        this.transactions = transactions;
    }

    /** Returns how many orders were projected. */
    public int rebuild() {
        Integer projected = transactions.execute(status -> {
            history.clear();
            int count = 0;
            for (List<UUID> batch = orders.ids(0, BATCH); !batch.isEmpty(); batch = orders.ids(count, BATCH)) {
                for (UUID id : batch) {
                    orders.find(id).map(OrderSummary::of).ifPresent(history::put);
                }
                count += batch.size();
            }
            return count;
        });
        return projected == null ? 0 : projected;
    }
}
