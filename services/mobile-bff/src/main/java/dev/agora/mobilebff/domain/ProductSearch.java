package dev.agora.mobilebff.domain;

import org.jspecify.annotations.Nullable;

/** What a product list asks the catalog for: words to search, a category, an order and a page. */
public record ProductSearch(@Nullable String text, @Nullable String category, ProductSort sort, int page, int size) {}
