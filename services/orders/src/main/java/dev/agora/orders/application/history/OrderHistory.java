package dev.agora.orders.application.history;

import java.util.List;
import java.util.UUID;

/** The read model's store: one summary per order, written as its events are, listed per customer. */
public interface OrderHistory {

    void put(OrderSummary summary);

    /** A customer's orders, newest first. */
    List<OrderSummary> list(String customerId, int page, int size);

    long count(String customerId);

    /** Every order of a customer, for their erasure. */
    List<UUID> orderIdsOf(String customerId);

    /** Files a customer's orders under a pseudonym: the erased customer's history becomes a former customer's. */
    void pseudonymise(String customerId, String pseudonym);

    void clear();
}
