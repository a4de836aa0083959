package dev.agora.reviews.domain;

import java.util.Optional;
import java.util.UUID;

/** Every review. */
public interface Reviews {

    /**
     * Holds the product's reviews until the transaction ends: changes to one product's reviews go one at a time, each
     * rating computed after the change before it committed.
     */
    void lockProductOf(UUID productId);

    /** Stores a new review; {@link ReviewExists} when its author has one of that product already, even in a race. */
    void add(Review review);

    Optional<SignedReview> find(UUID id);

    /** Stores a change made from {@code expectedVersion}, one version on; {@link StaleVersion} if it moved. */
    Review save(Review changed, long expectedVersion);

    /** Removes it if it is still at {@code expectedVersion}; {@link StaleVersion} if it moved. */
    void remove(UUID id, long expectedVersion);

    /** Hides it from the public list and the rating; true if it was visible. */
    boolean hide(UUID id);

    ReviewPage visibleOf(UUID productId, ReviewSort sort, int page, int size);

    Rating ratingOf(UUID productId);

    /** Files an author's reviews under {@code pseudonym}: they stay, by a former customer. */
    void reassign(String authorId, String pseudonym);
}
