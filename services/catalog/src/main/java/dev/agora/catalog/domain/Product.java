package dev.agora.catalog.domain;

import java.util.Objects;

/**
 * A product as the catalog sells it. {@code version} grows with every change an admin makes; {@code rating} is what
 * customers think of it (reviews'), which moves on its own.
 */
public record Product(
        ProductId id,
        String sku,
        String name,
        String description,
        String category,
        Money price,
        String imageUrl,
        long version,
        ProductRating rating) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(rating, "rating");
        if (sku.isBlank() || name.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("A product needs a sku, a name and a category");
        }
        if (version < 1) {
            throw new IllegalArgumentException("A product version starts at 1: " + version);
        }
    }

    /** A product as an admin first adds it, at version 1. */
    public static Product add(ProductId id, ProductDetails details) {
        return withDetails(id, details, 1, ProductRating.NONE);
    }

    /** This product with new details, one version on; only from the version it is at now. */
    public Product revise(ProductDetails details, long expectedVersion) {
        if (expectedVersion != version) {
            throw new ProductChanged(id, expectedVersion);
        }
        return withDetails(id, details, version + 1, rating);
    }

    private static Product withDetails(ProductId id, ProductDetails details, long version, ProductRating rating) {
        return new Product(
                id,
                details.sku(),
                details.name(),
                details.description(),
                details.category(),
                details.price(),
                details.imageUrl(),
                version,
                rating);
    }
}
