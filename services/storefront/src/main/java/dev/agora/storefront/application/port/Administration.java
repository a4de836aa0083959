package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.ManagedProduct;
import dev.agora.storefront.domain.ProductDraft;
import dev.agora.storefront.domain.StockLevel;
import java.util.Optional;
import java.util.UUID;

/** What an admin changes in the catalog and in inventory, in their name (the services check that they are one). */
public interface Administration {

    /**
     * Adds a product; the same {@code idempotencyKey} again adds nothing more and gets the same product.
     *
     * @return its id
     * @throws FieldsRefused when the catalog refuses a field (a SKU already used, a price with three decimals)
     */
    UUID add(ProductDraft product, UUID idempotencyKey);

    Optional<ManagedProduct> find(UUID id);

    /**
     * Replaces the product's details if it is still at {@code version}.
     *
     * @throws ProductChangedMeanwhile when someone changed it since
     * @throws FieldsRefused when the catalog refuses a field
     */
    ManagedProduct revise(UUID id, long version, ProductDraft details);

    StockLevel stock(UUID productId);

    /** Received goods added to the stock; the same {@code idempotencyKey} again adds nothing more. */
    StockLevel receive(UUID productId, int quantity, UUID idempotencyKey);
}
