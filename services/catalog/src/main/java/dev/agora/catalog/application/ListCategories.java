package dev.agora.catalog.application;

import dev.agora.catalog.domain.Category;
import dev.agora.catalog.domain.Products;
import java.util.List;

/** Lists the categories in name order, with how many products each holds. */
public class ListCategories {

    private final Products products;

    public ListCategories(Products products) {
        this.products = products;
    }

    public List<Category> list() {
        return products.categories();
    }
}
