package dev.agora.catalog.domain;

import java.util.List;
import java.util.Optional;

/** All the products of the catalog. */
public interface Products {

    Optional<Product> findById(ProductId id);

    ProductPage search(ProductSearch search);

    List<Category> categories();

    boolean categoryExists(String slug);

    /** Adds a new product; fails with {@link SkuTaken} when its sku is used, even in a race. */
    void add(Product product);

    /**
     * Stores a revised product if the stored one is still at {@code revised.version() - 1}; fails with {@link
     * ProductChanged} otherwise (optimistic locking), with {@link SkuTaken} if the new sku is another product's.
     */
    void update(Product revised);

    /** Removes the product if it is still at {@code expectedVersion}; fails with {@link ProductChanged} otherwise. */
    void remove(ProductId id, long expectedVersion);
}
