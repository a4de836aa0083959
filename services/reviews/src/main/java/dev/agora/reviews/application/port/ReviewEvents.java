package dev.agora.reviews.application.port;

import dev.agora.reviews.domain.Rating;
import java.time.Instant;
import java.util.UUID;

/** What reviews tells the other services (reviews.events.v1), in the transaction of the change it announces. */
public interface ReviewEvents {

    /** A product's whole rating, as it is now (ProductRatingChanged). */
    void ratingChanged(UUID productId, Rating rating, Instant at);

    /** Reviews' part of an erasure is done (CustomerDataErased, naming the erasure only). */
    void erased(UUID erasureId, Instant at);
}
