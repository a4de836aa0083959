package dev.agora.reviews.domain;

/** How a product's reviews are listed: the newest first, or the best rated first (the newest first among equals). */
public enum ReviewSort {
    NEWEST,
    RATING
}
