package dev.agora.storefront.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A product in a cart, how many of it, and its name as it was when added: enough to show the cart while the catalog
 * cannot answer, never its price.
 */
public record CartLine(UUID productId, String name, int quantity) {

    public CartLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
    }

    CartLine times(int other) {
        return new CartLine(productId, name, other);
    }
}
