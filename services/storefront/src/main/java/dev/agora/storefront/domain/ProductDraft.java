package dev.agora.storefront.domain;

import org.jspecify.annotations.Nullable;

/**
 * A product as an admin writes it, to add it or to change it: the catalog checks every field (a SKU of letters, digits
 * and hyphens, a known category, a price with at most two decimals) and says what it refuses.
 */
public record ProductDraft(
        String sku,
        String name,
        String description,
        String category,
        Price price,
        @Nullable String imageUrl) {}
