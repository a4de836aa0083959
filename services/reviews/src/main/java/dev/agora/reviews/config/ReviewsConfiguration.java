package dev.agora.reviews.config;

import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.platform.messaging.PublishingWarmUp;
import dev.agora.reviews.application.EraseAuthor;
import dev.agora.reviews.application.ListReviews;
import dev.agora.reviews.application.ManageReviews;
import dev.agora.reviews.application.RecordPurchases;
import dev.agora.reviews.application.port.ReviewEvents;
import dev.agora.reviews.domain.Authors;
import dev.agora.reviews.domain.Purchases;
import dev.agora.reviews.domain.Reviews;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
class ReviewsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ManageReviews manageReviews(
            Reviews reviews,
            Purchases purchases,
            ReviewEvents events,
            TransactionOperations transactions,
            Clock clock) {
        return new ManageReviews(reviews, purchases, events, transactions, clock, UUID::randomUUID);
    }

    @Bean
    ListReviews listReviews(Reviews reviews) {
        return new ListReviews(reviews);
    }

    @Bean
    RecordPurchases recordPurchases(Purchases purchases, Authors authors) {
        return new RecordPurchases(purchases, authors);
    }

    @Bean
    EraseAuthor eraseAuthor(
            Reviews reviews,
            Purchases purchases,
            Authors authors,
            ReviewEvents events,
            TransactionOperations transactions,
            Clock clock) {
        return new EraseAuthor(reviews, purchases, authors, events, transactions, clock);
    }

    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(ReviewsTopics.EVENTS));
    }

    @Bean
    OpenAPI reviewsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora reviews")
                        .version("v1")
                        .description("What customers say about the products they bought, and the products' ratings."));
    }
}
