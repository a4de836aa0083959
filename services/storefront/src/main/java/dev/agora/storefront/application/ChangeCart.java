package dev.agora.storefront.application;

import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.Carts;
import java.util.UUID;

/** Sets the quantity of a product already in the cart; 0 takes it out. A cart that is not there is left alone. */
public final class ChangeCart {

    private final Carts carts;

    public ChangeCart(Carts carts) {
        this.carts = carts;
    }

    public void change(Command command) {
        carts.find(command.cart()).ifPresent(cart -> {
            if (command.quantity() == 0) {
                cart.remove(command.productId());
            } else {
                cart.change(command.productId(), command.quantity());
            }
            carts.save(cart);
        });
    }

    public record Command(CartId cart, UUID productId, int quantity) {}
}
