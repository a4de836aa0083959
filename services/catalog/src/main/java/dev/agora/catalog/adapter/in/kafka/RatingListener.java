package dev.agora.catalog.adapter.in.kafka;

import dev.agora.catalog.application.RateProducts;
import dev.agora.catalog.domain.ProductRating;
import dev.agora.contracts.reviews.v1.ProductRatingChanged;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads reviews.events.v1: each product's rating, kept for its pages and the sort by rating. */
@Component
class RatingListener {

    static final String CONSUMER = "catalog-ratings";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    RatingListener(Inbox inbox, RateProducts rateProducts) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("catalog")
                .on(ProductRatingChanged.getDefaultInstance(), (changed, message) -> {
                    try {
                        rateProducts.rate(
                                message.uuid(changed.getProductId()),
                                new ProductRating(new BigDecimal(changed.getAverage()), changed.getReviewCount()),
                                Instant.parse(changed.getChangedAt()));
                    } catch (IllegalArgumentException | DateTimeParseException e) {
                        throw new MalformedMessage(
                                message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
                    }
                })
                // Reviews' confirmation of an erasure: for users.
                .ignoring(CustomerDataErased.getDefaultInstance());
    }

    @KafkaListener(topics = ReviewsTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
