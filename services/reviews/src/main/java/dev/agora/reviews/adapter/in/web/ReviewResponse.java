package dev.agora.reviews.adapter.in.web;

import dev.agora.contracts.users.v1.Erasures;
import dev.agora.reviews.domain.Review;
import dev.agora.reviews.domain.SignedReview;
import java.time.Instant;
import java.util.UUID;

/**
 * A review as the API shows it: text as written (a page escapes it), signed with its author's name as it is now;
 * {@code version} is also its ETag.
 *
 * @param author the author's display name; "a former customer" once they were erased, "a customer" while their name
 *     has not reached reviews yet
 */
record ReviewResponse(
        UUID id,
        UUID productId,
        int rating,
        String title,
        String text,
        String author,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static final String FORMER_CUSTOMER = "a former customer";
    static final String UNNAMED_CUSTOMER = "a customer";

    static ReviewResponse of(SignedReview signed) {
        Review review = signed.review();
        String author = signed.authorName() != null
                ? signed.authorName()
                : Erasures.isPseudonym(review.authorId()) ? FORMER_CUSTOMER : UNNAMED_CUSTOMER;
        return new ReviewResponse(
                review.id(),
                review.productId(),
                review.content().rating(),
                review.content().title(),
                review.content().text(),
                author,
                review.createdAt(),
                review.updatedAt(),
                review.version());
    }
}
