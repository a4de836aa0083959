package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.CartLimitReached;
import dev.agora.storefront.domain.Carts;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductNotFound;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a product in the visitor's cart, starting one when they have none: only a product the catalog has, and not one
 * inventory says is sold out. The price is not kept: the catalog sets it when the cart is shown and when it is ordered.
 */
public final class AddToCart {

    private final Carts carts;
    private final Catalogue catalogue;
    private final StockStates stock;

    public AddToCart(Carts carts, Catalogue catalogue, StockStates stock) {
        this.carts = carts;
        this.catalogue = catalogue;
        this.stock = stock;
    }

    /** Returns the cart it went into: the one given, or a new one. */
    public CartId add(Command command) {
        Product product =
                catalogue.product(command.productId()).orElseThrow(() -> new ProductNotFound(command.productId()));
        if (!stock.of(product.id()).canBeBought()) {
            throw new CartLimitReached(product.name() + " is sold out.");
        }
        Cart cart = command.cart().flatMap(carts::find).orElseGet(Cart::empty);
        cart.add(product, command.quantity());
        carts.save(cart);
        return cart.id();
    }

    /** {@code cart}: the visitor's, if they have one. */
    public record Command(Optional<CartId> cart, UUID productId, int quantity) {}
}
