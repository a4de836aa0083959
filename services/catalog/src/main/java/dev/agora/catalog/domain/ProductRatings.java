package dev.agora.catalog.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The catalog's copy of each product's rating, a projection of reviews.events.v1: the newest rating of a product wins,
 * so replaying the topic from its start rebuilds every one, and an older rating delivered late changes nothing.
 */
public interface ProductRatings {

    /** Keeps the rating of {@code productId} as of {@code at}, unless a newer one is kept already. */
    void rate(UUID productId, ProductRating rating, Instant at);
}
