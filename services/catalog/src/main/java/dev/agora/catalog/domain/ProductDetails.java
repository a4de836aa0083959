package dev.agora.catalog.domain;

import java.util.Objects;

/** What an admin sets on a product: everything but its id and version. */
public record ProductDetails(
        String sku, String name, String description, String category, Money price, String imageUrl) {

    public static final int MAX_NAME_LENGTH = 200;

    public ProductDetails {
        Objects.requireNonNull(price, "price");
        name = name.strip();
        if (sku.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("A product needs a sku and a category");
        }
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A product name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (price.amount().signum() <= 0) {
            throw new IllegalArgumentException("A product's price is more than zero: " + price.amount());
        }
    }
}
