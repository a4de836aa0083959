package dev.agora.storefront.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a catalogue page shows: the products matching {@code text} in {@code category}, in {@code sort} order, page
 * {@code page} (from 0). Its values come from the page's address, so that a page can be bookmarked and shared; one that
 * no page of the shop could have made is refused ({@link IllegalArgumentException}).
 */
public record CatalogueQuery(
        @Nullable String text, @Nullable String category, ProductSort sort, int page) {

    /** The longest search the catalog accepts. */
    public static final int MAX_TEXT = 100;

    /** Far past any real catalogue, and small enough that page × size stays an int. */
    public static final int MAX_PAGE = 100_000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,40}");

    public CatalogueQuery {
        Objects.requireNonNull(sort, "sort");
        text = text == null || text.isBlank() ? null : text.strip();
        category = category == null || category.isBlank() ? null : category;
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a search of at most " + MAX_TEXT + " characters");
        }
        if (category != null && !SLUG.matcher(category).matches()) {
            throw new IllegalArgumentException("a category is named by its slug");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("pages are numbered from 0");
        }
    }

    public static CatalogueQuery firstPage() {
        return new CatalogueQuery(null, null, ProductSort.NAME, 0);
    }

    public CatalogueQuery onPage(int other) {
        return new CatalogueQuery(text, category, sort, other);
    }
}
