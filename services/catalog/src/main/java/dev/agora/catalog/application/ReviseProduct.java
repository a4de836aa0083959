package dev.agora.catalog.application;

import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductDetails;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductNotFound;
import dev.agora.catalog.domain.Products;
import dev.agora.catalog.domain.UnknownCategory;

/** Replaces a product's details, only if nobody changed it since the version the admin saw. */
public class ReviseProduct {

    private final Products products;

    public ReviseProduct(Products products) {
        this.products = products;
    }

    public Product revise(ProductId id, long expectedVersion, ProductDetails details) {
        if (!products.categoryExists(details.category())) {
            throw new UnknownCategory(details.category());
        }
        Product current = products.findById(id).orElseThrow(() -> new ProductNotFound(id));
        Product revised = current.revise(details, expectedVersion);
        products.update(revised);
        return revised;
    }
}
