package dev.agora.storefront.domain;

import java.util.UUID;

/** A product as an admin sees it: all its details, and the version a change must name (the catalog's ETag). */
public record ManagedProduct(UUID id, ProductDraft details, long version) {

    /** The same product with {@code price} and {@code description} changed, to send back at this version. */
    public ProductDraft revised(Price price, String description) {
        return new ProductDraft(
                details.sku(), details.name(), description, details.category(), price, details.imageUrl());
    }
}
