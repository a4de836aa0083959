package dev.agora.reviews.application;

import dev.agora.reviews.domain.ReviewPage;
import dev.agora.reviews.domain.ReviewSort;
import dev.agora.reviews.domain.Reviews;
import java.util.UUID;

/** A product's visible reviews, for anyone: the newest or the best rated first. */
public class ListReviews {

    private final Reviews reviews;

    public ListReviews(Reviews reviews) {
        this.reviews = reviews;
    }

    public ReviewPage of(UUID productId, ReviewSort sort, int page, int size) {
        return reviews.visibleOf(productId, sort, page, size);
    }
}
