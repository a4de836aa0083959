package dev.agora.reviews.domain;

import org.jspecify.annotations.Nullable;

/** A review with the name its author shows now; none while users has not told it yet, or once they were erased. */
public record SignedReview(Review review, @Nullable String authorName) {}
