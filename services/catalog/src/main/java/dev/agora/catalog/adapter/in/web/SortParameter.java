package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.ProductSort;
import dev.agora.platform.problem.ProblemException;
import java.util.Locale;

/** Reads {@code sort=field,direction} (for example {@code price,asc}); the direction defaults to ascending. */
final class SortParameter {

    static final String ALLOWED = "must be name, price, sku or rating, optionally followed by ,asc or ,desc";

    private SortParameter() {}

    static ProductSort parse(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length > 2) {
            throw ProblemException.invalid("sort", ALLOWED);
        }
        ProductSort.Field field = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "name" -> ProductSort.Field.NAME;
            case "price" -> ProductSort.Field.PRICE;
            case "sku" -> ProductSort.Field.SKU;
            case "rating" -> ProductSort.Field.RATING;
            default -> throw ProblemException.invalid("sort", ALLOWED);
        };
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        return switch (direction) {
            case "asc" -> new ProductSort(field, true);
            case "desc" -> new ProductSort(field, false);
            default -> throw ProblemException.invalid("sort", ALLOWED);
        };
    }
}
