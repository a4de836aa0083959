package dev.agora.reviews.domain;

/** No review has this id, or none of the caller's to change (another's looks absent). */
public class ReviewNotFound extends RuntimeException {

    public ReviewNotFound() {
        super("No such review.");
    }
}
