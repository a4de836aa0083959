package dev.agora.storefront.domain;

import java.util.UUID;

/** No product has this id (or it was removed from the catalogue). */
public final class ProductNotFound extends RuntimeException {

    public ProductNotFound(UUID id) {
        super("no product " + id, null, false, false);
    }
}
