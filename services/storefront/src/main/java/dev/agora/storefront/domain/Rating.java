package dev.agora.storefront.domain;

import java.math.BigDecimal;

/** What customers think of a product, as the catalog tells it: the average of its reviews (0.0 with none), how many. */
public record Rating(BigDecimal average, int reviewCount) {

    public static final Rating NONE = new Rating(new BigDecimal("0.0"), 0);
}
