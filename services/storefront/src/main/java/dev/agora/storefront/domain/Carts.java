package dev.agora.storefront.domain;

import java.util.Optional;

/** Every cart, kept in the storefront's own database. */
public interface Carts {

    Optional<Cart> find(CartId id);

    /** The cart of a customer (an account), if they have ever had one. */
    Optional<Cart> findOf(String customer);

    /** Saves what the cart holds now, its lines in their order. */
    void save(Cart cart);

    void delete(CartId id);
}
