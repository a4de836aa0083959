package dev.agora.orders.application;

import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.OrderNotFound;
import dev.agora.orders.domain.Orders;
import java.util.List;
import java.util.UUID;

/** One order, replayed from its events, or those events themselves: for its owner (or an admin) only. */
public class ViewOrder {

    private final Orders orders;

    public ViewOrder(Orders orders) {
        this.orders = orders;
    }

    public Order view(UUID orderId, String caller, boolean admin) {
        return orders.find(orderId)
                .filter(order -> admin || order.isOwnedBy(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }

    public List<OrderEvent> history(UUID orderId, String caller, boolean admin) {
        view(orderId, caller, admin);
        return orders.history(orderId);
    }
}
