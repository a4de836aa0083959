package dev.agora.catalog.application;

import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductNotFound;
import dev.agora.catalog.domain.Products;

/** Shows one product, or says that there is no such product. */
public class ViewProduct {

    private final Products products;

    public ViewProduct(Products products) {
        this.products = products;
    }

    public Product view(ProductId id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFound(id));
    }
}
