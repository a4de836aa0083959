package dev.agora.reviews.domain;

/** You reviewed this product already: change your review instead. */
public class ReviewExists extends RuntimeException {

    public ReviewExists() {
        super("You reviewed this product already: change your review instead.");
    }
}
