package dev.agora.catalog.application;

import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductNotFound;
import dev.agora.catalog.domain.Products;

/** Removes a product, only if nobody changed it since the version the admin saw. */
public class RemoveProduct {

    private final Products products;

    public RemoveProduct(Products products) {
        this.products = products;
    }

    public void remove(ProductId id, long expectedVersion) {
        if (products.findById(id).isEmpty()) {
            throw new ProductNotFound(id);
        }
        products.remove(id, expectedVersion);
    }
}
