package dev.agora.reviews.adapter.out.kafka;

import dev.agora.contracts.reviews.v1.ProductRatingChanged;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import dev.agora.reviews.application.port.ReviewEvents;
import dev.agora.reviews.domain.Rating;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaReviewEvents implements ReviewEvents {

    private final Outbox outbox;

    KafkaReviewEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void ratingChanged(UUID productId, Rating rating, Instant at) {
        ProductRatingChanged changed = ProductRatingChanged.newBuilder()
                .setProductId(productId.toString())
                .setAverage(rating.average().toPlainString())
                .setReviewCount(rating.reviewCount())
                .setChangedAt(at.toString())
                .build();
        outbox.add(ProtobufPayloads.outgoing(ReviewsTopics.EVENTS, productId.toString(), changed));
    }

    @Override
    public void erased(UUID erasureId, Instant at) {
        outbox.add(ProtobufPayloads.outgoing(
                ReviewsTopics.EVENTS, erasureId.toString(), Erasures.confirmation(erasureId, "reviews", at)));
    }
}
