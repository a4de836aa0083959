package dev.agora.reviews.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's review of a product. Its author may change it or remove it; an admin may hide it, and it leaves the
 * public list and the rating.
 *
 * @param authorId the author's account id, or a pseudonym once they were erased
 */
public record Review(
        UUID id,
        UUID productId,
        String authorId,
        ReviewContent content,
        boolean hidden,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static Review written(UUID id, UUID productId, String authorId, ReviewContent content, Instant at) {
        return new Review(id, productId, authorId, content, false, 1, at, at);
    }

    public boolean isBy(String customerId) {
        return authorId.equals(customerId);
    }

    /** The same review with new content; the store moves it one version on. */
    public Review rewritten(ReviewContent newContent, Instant at) {
        return new Review(id, productId, authorId, newContent, hidden, version, createdAt, at);
    }
}
