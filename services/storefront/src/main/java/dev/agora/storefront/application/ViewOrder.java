package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderEvent;
import dev.agora.storefront.domain.Product;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One of the customer's orders with its checkout's steps, and the names of its products as the catalog has them: an
 * order is the orders service's, so its page opens while the catalog cannot answer (without the names).
 */
public final class ViewOrder {

    private final Orders orders;
    private final Catalogue catalogue;

    public ViewOrder(Orders orders, Catalogue catalogue) {
        this.orders = orders;
        this.catalogue = catalogue;
    }

    /** Empty when the customer has no such order (another customer's is not theirs to see). */
    public Optional<Shown> view(UUID id) {
        return orders.find(id).map(order -> new Shown(order, namesOf(order), orders.events(id)));
    }

    private Map<UUID, String> namesOf(Order order) {
        Map<UUID, String> names = new HashMap<>();
        try {
            for (Order.Line line : order.lines()) {
                catalogue
                        .product(line.productId())
                        .map(Product::name)
                        .ifPresent(name -> names.put(line.productId(), name));
            }
        } catch (ServiceUnavailable catalogAway) {
            // Shown without names: what was ordered and at what price is the order's own.
        }
        return names;
    }

    /** {@code names}: of the products the catalog still has and could tell. */
    public record Shown(Order order, Map<UUID, String> names, List<OrderEvent> events) {

        public Shown {
            names = Map.copyOf(names);
            events = List.copyOf(events);
        }
    }
}
