package dev.agora.contracts.reviews.v1;

/** Reviews' topic (docs/events.md): the products' ratings, keyed by product id; its confirmations of erasures. */
public final class ReviewsTopics {

    /** {@code ProductRatingChanged}; {@code CustomerDataErased} (users' contract), keyed by erasure id. */
    public static final String EVENTS = "reviews.events.v1";

    private ReviewsTopics() {}
}
