package dev.agora.storefront.domain;

import java.util.List;

/** The first reviews of a product, the newest first, and how many it has in all. */
public record ProductReviews(List<Review> newest, long total) {

    public ProductReviews {
        newest = List.copyOf(newest);
    }
}
