package dev.agora.reviews.application;

import dev.agora.reviews.application.port.ReviewEvents;
import dev.agora.reviews.domain.PurchaseRequired;
import dev.agora.reviews.domain.Purchases;
import dev.agora.reviews.domain.Review;
import dev.agora.reviews.domain.ReviewContent;
import dev.agora.reviews.domain.ReviewNotFound;
import dev.agora.reviews.domain.Reviews;
import dev.agora.reviews.domain.SignedReview;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer writes, changes and removes their reviews; an admin hides one. Each change and the product's new rating
 * (told to the catalog) share a transaction, so the rating never misses a change nor counts one that was rolled back;
 * the product is held meanwhile, so two changes at once publish one rating after the other, the last one whole.
 */
public class ManageReviews {

    private final Reviews reviews;
    private final Purchases purchases;
    private final ReviewEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ManageReviews(
            Reviews reviews,
            Purchases purchases,
            ReviewEvents events,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.reviews = reviews;
        this.purchases = purchases;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** {@link PurchaseRequired} unless the customer bought the product; {@code ReviewExists} if they reviewed it. */
    public SignedReview write(UUID productId, String customerId, ReviewContent content) {
        return inTransaction(() -> {
            if (!purchases.hasBought(customerId, productId)) {
                throw new PurchaseRequired();
            }
            reviews.lockProductOf(productId);
            Review written = Review.written(ids.get(), productId, customerId, content, clock.instant());
            reviews.add(written);
            announceRatingOf(productId);
            return reviews.find(written.id()).orElseThrow();
        });
    }

    public SignedReview find(UUID id) {
        return reviews.find(id).filter(found -> !found.review().hidden()).orElseThrow(ReviewNotFound::new);
    }

    public SignedReview change(UUID id, String customerId, long expectedVersion, ReviewContent content) {
        return inTransaction(() -> {
            Review review = lockedAuthoredBy(id, customerId);
            reviews.save(review.rewritten(content, clock.instant()), expectedVersion);
            announceRatingOf(review.productId());
            return reviews.find(id).orElseThrow();
        });
    }

    public void remove(UUID id, String customerId, long expectedVersion) {
        inTransaction(() -> {
            Review review = lockedAuthoredBy(id, customerId);
            reviews.remove(id, expectedVersion);
            announceRatingOf(review.productId());
            return review;
        });
    }

    /** Hides a review from everyone but its author's change; hiding it again changes nothing. */
    public void hide(UUID id) {
        inTransaction(() -> {
            Review review = reviews.find(id).orElseThrow(ReviewNotFound::new).review();
            reviews.lockProductOf(review.productId());
            if (reviews.hide(id)) {
                announceRatingOf(review.productId());
            }
            return review;
        });
    }

    /** The caller's review, its product held for the change. */
    private Review lockedAuthoredBy(UUID id, String customerId) {
        Review review = reviews.find(id)
                .map(SignedReview::review)
                .filter(found -> found.isBy(customerId))
                .orElseThrow(ReviewNotFound::new);
        reviews.lockProductOf(review.productId());
        return review;
    }

    private void announceRatingOf(UUID productId) {
        events.ratingChanged(productId, reviews.ratingOf(productId), clock.instant());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }
}
