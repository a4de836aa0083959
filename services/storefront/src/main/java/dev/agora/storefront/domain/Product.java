package dev.agora.storefront.domain;

import java.util.Objects;
import java.util.UUID;

/** A product as the shop shows it. */
public record Product(UUID id, String name, String description, String category, Price price, Rating rating) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(rating, "rating");
    }
}
