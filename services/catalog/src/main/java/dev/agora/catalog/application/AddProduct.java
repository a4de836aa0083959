package dev.agora.catalog.application;

import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductDetails;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.Products;
import dev.agora.catalog.domain.UnknownCategory;
import java.util.UUID;
import java.util.function.Supplier;

/** Adds a product to the catalog (admins only; the web layer checks the role). */
public class AddProduct {

    private final Products products;
    private final Supplier<UUID> ids;

    public AddProduct(Products products, Supplier<UUID> ids) {
        this.products = products;
        this.ids = ids;
    }

    public Product add(ProductDetails details) {
        if (!products.categoryExists(details.category())) {
            throw new UnknownCategory(details.category());
        }
        Product product = Product.add(new ProductId(ids.get()), details);
        products.add(product);
        return product;
    }
}
