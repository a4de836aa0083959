package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.Product;
import java.util.UUID;

public record ProductResponse(
        UUID id,
        String sku,
        String name,
        String description,
        String category,
        MoneyResponse price,
        String imageUrl,
        long version) {

    static ProductResponse of(Product product) {
        return new ProductResponse(
                product.id().value(),
                product.sku(),
                product.name(),
                product.description(),
                product.category(),
                MoneyResponse.of(product.price()),
                product.imageUrl(),
                product.version());
    }
}
