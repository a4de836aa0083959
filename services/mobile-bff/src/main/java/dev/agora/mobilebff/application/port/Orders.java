package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Order;
import dev.agora.mobilebff.domain.OrderEvent;
import dev.agora.mobilebff.domain.OrderSummary;
import dev.agora.mobilebff.domain.Page;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The orders service, called in the signed-in customer's name: they see only their own orders (another customer's is
 * not found, as one that does not exist).
 */
public interface Orders {

    /**
     * Places an order once per {@code idempotencyKey}: the same key again gives the same order. {@code
     * shippingAddressId}: one of the customer's addresses, or none.
     */
    Order place(List<Order.Item> items, String paymentToken, String idempotencyKey, @Nullable UUID shippingAddressId);

    Optional<Order> find(UUID id);

    List<OrderEvent> events(UUID id);

    Page<OrderSummary> page(int page, int size);

    /** Cancels it while it is still pending, and gives it as it is then. */
    Order cancel(UUID id);
}
