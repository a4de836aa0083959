package dev.agora.contracts.orders.v1;

/** Orders' topic: the life of each order, as events keyed by order id (docs/events.md). */
public final class OrdersTopics {

    public static final String EVENTS = "orders.events.v1";

    private OrdersTopics() {}
}
