package dev.agora.catalog.domain;

import java.util.List;

/** One page of a product listing, with the total the whole listing has. */
public record ProductPage(List<Product> items, int page, int size, long totalItems) {

    public ProductPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
