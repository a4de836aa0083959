package dev.agora.storefront.domain;

import java.util.List;

/** One page of the catalogue, numbered from 0. */
public record ProductPage(List<Product> items, int page, int size, long totalItems, int totalPages) {

    public ProductPage {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
