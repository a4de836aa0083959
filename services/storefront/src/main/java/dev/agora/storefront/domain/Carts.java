package dev.agora.storefront.domain;

import java.util.Optional;

/** Every cart, kept in the storefront's own database. */
public interface Carts {

    Optional<Cart> find(CartId id);

    /** Saves what the cart holds now, its lines in their order. */
    void save(Cart cart);
}
