package dev.agora.catalog.domain;

import java.util.Objects;

/** A product as the catalog sells it. {@code version} grows with every change and identifies a representation. */
public record Product(
        ProductId id,
        String sku,
        String name,
        String description,
        String category,
        Money price,
        String imageUrl,
        long version) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        if (sku.isBlank() || name.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("A product needs a sku, a name and a category");
        }
        if (version < 1) {
            throw new IllegalArgumentException("A product version starts at 1: " + version);
        }
    }
}
