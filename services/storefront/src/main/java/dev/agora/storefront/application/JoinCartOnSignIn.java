package dev.agora.storefront.application;

import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.Carts;
import java.util.Optional;

/**
 * A visitor who signs in keeps what they put in their cart: it joins the customer's own cart (one per account, kept
 * from one visit and one browser to the next), which they shop with from then on.
 */
public final class JoinCartOnSignIn {

    private final Carts carts;

    public JoinCartOnSignIn(Carts carts) {
        this.carts = carts;
    }

    /** Returns the customer's cart, holding now what the visitor's held too; the visitor's is gone. */
    public CartId join(Optional<CartId> visitorCart, String customer) {
        Cart customers = carts.findOf(customer).orElseGet(() -> Cart.of(customer));
        Optional<Cart> visitors = visitorCart
                .filter(visitor -> !visitor.equals(customers.id()))
                .flatMap(carts::find)
                .filter(cart -> cart.customer().isEmpty());
        visitors.ifPresent(customers::takeFrom);
        carts.save(customers);
        visitors.ifPresent(cart -> carts.delete(cart.id()));
        return customers.id();
    }
}
