package dev.agora.catalog.application;

import dev.agora.catalog.domain.ProductRating;
import dev.agora.catalog.domain.ProductRatings;
import java.time.Instant;
import java.util.UUID;

/** Keeps each product's rating as reviews tells it; the newest wins, so a replay or a late repeat is harmless. */
public class RateProducts {

    private final ProductRatings ratings;

    public RateProducts(ProductRatings ratings) {
        this.ratings = ratings;
    }

    public void rate(UUID productId, ProductRating rating, Instant at) {
        ratings.rate(productId, rating, at);
    }
}
