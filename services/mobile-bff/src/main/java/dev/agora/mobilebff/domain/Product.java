package dev.agora.mobilebff.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product of the catalogue, as a phone lists and shows it.
 *
 * @param rating the average of its reviews, as the catalog keeps it from reviews; null from a catalog older than that
 * @param reviewCount how many reviews the average is made of; null as {@code rating}
 */
public record Product(
        UUID id,
        String name,
        String description,
        String category,
        Money price,
        @Nullable BigDecimal rating,
        @Nullable Integer reviewCount) {

    /** What customers think of it: no review yet (or none told) is 0.0 of none. */
    public Rating customersRating() {
        return rating == null || reviewCount == null
                ? new Rating("0.0", 0)
                : new Rating(rating.setScale(1, RoundingMode.HALF_UP).toPlainString(), reviewCount);
    }
}
