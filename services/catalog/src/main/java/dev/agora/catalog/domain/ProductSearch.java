package dev.agora.catalog.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which products to list: an optional text found in name or description (any case), an optional category, an
 * order, and a page.
 */
public record ProductSearch(@Nullable String text, @Nullable String category, ProductSort sort, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public ProductSearch {
        Objects.requireNonNull(sort, "sort");
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        category = category == null || category.isBlank() ? null : category;
    }

    public long offset() {
        return (long) page * size;
    }
}
