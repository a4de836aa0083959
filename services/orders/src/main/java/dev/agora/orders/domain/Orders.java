package dev.agora.orders.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The event store of orders: each order is the stream of its events. */
public interface Orders {

    /** The order, replayed from its events, locked until the end of the transaction. */
    Optional<Order> lock(UUID orderId);

    Optional<Order> find(UUID orderId);

    /** The order's events, oldest first; empty for an unknown order. */
    List<OrderEvent> history(UUID orderId);

    /**
     * Appends the order's new events after the version it was read at; fails if another transaction appended first.
     */
    void save(Order order);

    /**
     * Rewrites the stored events of an order locked in this transaction, each through {@code rewrite}. An event store
     * is append-only but for this: a customer's erasure, which must leave no personal data in past events either.
     */
    void rewrite(UUID orderId, UnaryOperator<OrderEvent> rewrite);

    /** Every order id, oldest first, for whoever replays them all (the read model's rebuild). */
    List<UUID> ids(int offset, int limit);
}
