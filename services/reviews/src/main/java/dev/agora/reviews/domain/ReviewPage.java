package dev.agora.reviews.domain;

import java.util.List;

/** One page of a product's visible reviews. */
public record ReviewPage(List<SignedReview> items, int page, int size, long totalItems) {

    public ReviewPage {
        items = List.copyOf(items);
    }
}
