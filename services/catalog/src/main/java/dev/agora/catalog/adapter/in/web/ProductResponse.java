package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.Product;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as the API shows it; {@code version} is also its ETag (the admins' changes). {@code rating} (0.0 to 5.0,
 * one decimal; 0.0 with no review) and {@code reviewCount} come from reviews, a moment after each review.
 */
public record ProductResponse(
        UUID id,
        String sku,
        String name,
        String description,
        String category,
        MoneyResponse price,
        String imageUrl,
        long version,
        BigDecimal rating,
        int reviewCount) {

    static ProductResponse of(Product product) {
        return new ProductResponse(
                product.id().value(),
                product.sku(),
                product.name(),
                product.description(),
                product.category(),
                MoneyResponse.of(product.price()),
                product.imageUrl(),
                product.version(),
                product.rating().average(),
                product.rating().reviewCount());
    }
}
