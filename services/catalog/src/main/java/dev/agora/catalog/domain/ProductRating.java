package dev.agora.catalog.domain;

import java.math.BigDecimal;

/**
 * What customers think of a product, as reviews tells the catalog: the average of its visible reviews (one decimal,
 * 0.0 with none) and their count. Kept beside the product, not part of its version: the admins' changes and the
 * customers' reviews do not conflict.
 */
public record ProductRating(BigDecimal average, int reviewCount) {

    public static final ProductRating NONE = new ProductRating(new BigDecimal("0.0"), 0);

    public ProductRating {
        if (average.signum() < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0 || reviewCount < 0) {
            throw new IllegalArgumentException("A rating is from 0.0 to 5.0 over zero or more reviews");
        }
    }
}
