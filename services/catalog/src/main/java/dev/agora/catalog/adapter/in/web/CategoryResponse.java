package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.Category;

public record CategoryResponse(String slug, String name, long productCount) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.slug(), category.name(), category.productCount());
    }
}
