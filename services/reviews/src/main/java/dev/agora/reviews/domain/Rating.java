package dev.agora.reviews.domain;

import java.math.BigDecimal;

/** A product's rating: the average of its visible reviews' ratings, to one decimal, and how many there are. */
public record Rating(BigDecimal average, int reviewCount) {

    public Rating {
        if (reviewCount < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
    }
}
