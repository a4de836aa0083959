package dev.agora.orders.application.port;

import dev.agora.orders.domain.Order;
import java.util.UUID;

/**
 * What the saga sends: commands to its participants and the order's public events. Each is added to the caller's
 * transaction (an outbox), so a message leaves if and only if the order's change is stored.
 */
public interface CheckoutMessages {

    void reserveStock(Order order);

    void authorizePayment(Order order);

    void commitStock(UUID orderId);

    void releaseStock(UUID orderId);

    void voidPayment(UUID orderId);

    void orderPlaced(Order order);

    void orderConfirmed(Order order);

    void orderCancelled(Order order);
}
