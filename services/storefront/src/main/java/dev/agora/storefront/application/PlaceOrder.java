package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Checkouts;
import dev.agora.storefront.application.port.OrderRefused;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.Carts;
import dev.agora.storefront.domain.PaymentCard;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The checkout: the customer's cart becomes an order, once per checkout form. A form sent twice (a double click, a
 * reload of the POST) carries the same Idempotency-Key: the second finds the order the first placed. The cart is
 * emptied once the order is placed; the orders service prices it at the catalog.
 */
public final class PlaceOrder {

    /** How long a repeated form waits for the first to place its order: longer than one call to orders may take. */
    static final Duration REPEAT_PATIENCE = Duration.ofSeconds(10);

    private final Carts carts;
    private final Orders orders;
    private final Checkouts checkouts;

    public PlaceOrder(Carts carts, Orders orders, Checkouts checkouts) {
        this.carts = carts;
        this.orders = orders;
        this.checkouts = checkouts;
    }

    /**
     * @return the order placed by this form, now or by the same form sent before
     * @throws OrderRefused when there is nothing to order, or the orders service refuses it
     */
    public UUID place(Command command) {
        if (!checkouts.claim(command.idempotencyKey(), command.customer())) {
            return checkouts
                    .orderOf(command.idempotencyKey(), command.customer(), REPEAT_PATIENCE)
                    .orElseThrow(() -> new OrderRefused(
                            "This order is still being placed: it will be in your orders in a moment."));
        }
        try {
            Cart cart = command.cart().flatMap(carts::find).orElseGet(Cart::empty);
            if (cart.isEmpty()) {
                throw new OrderRefused("Your cart is empty: there is nothing to order.");
            }
            UUID order =
                    orders.place(cart.lines(), command.card(), command.shippingAddressId(), command.idempotencyKey());
            checkouts.placed(command.idempotencyKey(), order);
            cart.clear();
            carts.save(cart);
            return order;
        } catch (RuntimeException notPlaced) {
            checkouts.release(command.idempotencyKey());
            throw notPlaced;
        }
    }

    /**
     * {@code shippingAddressId}: one of the customer's addresses, or none; {@code idempotencyKey}: the checkout form's
     * own, the same each time that form is sent.
     */
    public record Command(
            String customer,
            Optional<CartId> cart,
            PaymentCard card,
            @Nullable UUID shippingAddressId,
            UUID idempotencyKey) {}
}
