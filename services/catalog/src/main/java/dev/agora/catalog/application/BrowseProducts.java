package dev.agora.catalog.application;

import dev.agora.catalog.domain.ProductPage;
import dev.agora.catalog.domain.ProductSearch;
import dev.agora.catalog.domain.Products;

/** Lists products page by page, filtered by text and category, in the order asked for. */
public class BrowseProducts {

    private final Products products;

    public BrowseProducts(Products products) {
        this.products = products;
    }

    public ProductPage browse(ProductSearch search) {
        return products.search(search);
    }
}
