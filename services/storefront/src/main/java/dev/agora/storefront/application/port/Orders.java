package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderEvent;
import dev.agora.storefront.domain.OrderHistory;
import dev.agora.storefront.domain.PaymentCard;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in customer's orders, which the orders service keeps: every call is made in the customer's name, with
 * their access token. Another customer's order is not found.
 */
public interface Orders {

    /**
     * Places an order for these lines, priced by the catalog (never by the shop). The same {@code idempotencyKey} again
     * gets the same order.
     *
     * @return the new order's id
     * @throws OrderRefused when the orders service refuses it, saying why
     */
    UUID place(List<CartLine> lines, PaymentCard card, @Nullable UUID shippingAddressId, UUID idempotencyKey);

    Optional<Order> find(UUID id);

    /** Its checkout's steps, oldest first. */
    List<OrderEvent> events(UUID id);

    OrderHistory history(int page);

    /**
     * Asks for an order to be cancelled; it is CANCELLED once what its checkout did is undone.
     *
     * @throws OrderRefused when it can no longer be (it is confirmed)
     */
    void cancel(UUID id);
}
