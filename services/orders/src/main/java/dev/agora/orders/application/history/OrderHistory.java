package dev.agora.orders.application.history;

import java.util.List;

/** The read model's store: one summary per order, written as its events are, listed per customer. */
public interface OrderHistory {

    void put(OrderSummary summary);

    /** A customer's orders, newest first. */
    List<OrderSummary> list(String customerId, int page, int size);

    long count(String customerId);

    void clear();
}
