package dev.agora.catalog.domain;

import java.util.List;
import java.util.Optional;

/** All the products of the catalog. */
public interface Products {

    Optional<Product> findById(ProductId id);

    ProductPage search(ProductSearch search);

    List<Category> categories();
}
