package dev.agora.catalog.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.contracts.reviews.v1.ProductRatingChanged;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.testing.ApiClient;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * The catalog keeps each product's rating from reviews' events, on a real (in-JVM KRaft) broker: shown with the
 * product, sorted on, the newest rating winning whatever order they arrive in.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:catalog-ratings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(
        partitions = 3,
        topics = {ReviewsTopics.EVENTS, ReviewsTopics.EVENTS + ".DLT"})
class ProductRatingsIT {

    /** Seeded products, cheap ones: the sort by rating must lift them above the rest. */
    static final String SKILLET = "4287c6a1-5bbe-5641-9482-f6614a843bb7";

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    static ProductRatingChanged rating(String product, String average, int count, Instant at) {
        return ProductRatingChanged.newBuilder()
                .setProductId(product)
                .setAverage(average)
                .setReviewCount(count)
                .setChangedAt(at.toString())
                .build();
    }

    JsonNode product(String id) {
        return ApiClient.onPort(port).get("/api/products/" + id).json();
    }

    @Test
    void a_products_rating_is_the_newest_reviews_told_and_the_best_rated_come_first() {
        KafkaTopics kafka = new KafkaTopics(bootstrapServers);
        String unrated = ApiClient.onPort(port)
                .get("/api/products/" + SKILLET)
                .header("ETag")
                .orElseThrow();
        assertThat(product(SKILLET).path("reviewCount").asInt())
                .as("none told yet")
                .isZero();
        assertThat(product(SKILLET).path("rating").asString()).isEqualTo("0.0");
        Instant now = Instant.now();
        UUID erasure = UUID.randomUUID();
        // Reviews' confirmation of an erasure shares the topic: left alone.
        kafka.publish(ReviewsTopics.EVENTS, erasure.toString(), Erasures.confirmation(erasure, "reviews", now));

        kafka.publish(ReviewsTopics.EVENTS, SKILLET, rating(SKILLET, "4.5", 2, now));
        kafka.publish(ReviewsTopics.EVENTS, SKILLET, rating(SKILLET, "1.0", 1, now.minusSeconds(60))); // older, late

        JsonNode rated = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> product(SKILLET),
                        found -> found.path("reviewCount").asInt() > 0);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> product(SKILLET).path("rating").asString().equals("4.5"));
        assertThat(rated.path("reviewCount").asInt()).isEqualTo(2);
        ApiClient.Response revalidated =
                ApiClient.onPort(port).get("/api/products/" + SKILLET, "If-None-Match", unrated);
        assertThat(revalidated.status())
                .as("a copy without the rating is stale")
                .isEqualTo(200);
        assertThat(revalidated.header("ETag")).isNotEqualTo(Optional.of(unrated));
        JsonNode best = ApiClient.onPort(port)
                .get("/api/products?sort=rating,desc&size=1")
                .json();
        assertThat(best.path("items").path(0).path("id").asString()).isEqualTo(SKILLET);
        assertThat(ApiClient.onPort(port)
                        .get("/api/products?sort=stars")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("VALIDATION_FAILED");
    }
}
