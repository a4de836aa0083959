package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.Reviews;
import dev.agora.storefront.domain.ProductReviews;
import dev.agora.storefront.domain.Review;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reviews service's public API: a product's newest reviews, which anyone may read. */
public final class HttpReviews implements Reviews {

    private final ServiceApi reviews;

    public HttpReviews(ServiceApi reviews) {
        this.reviews = reviews;
    }

    @Override
    public ProductReviews newestOf(UUID productId, int count) {
        ReviewList found = reviews.read(client -> client.get()
                .uri(uri -> uri.path("/api/products/{id}/reviews")
                        .queryParam("sort", "newest")
                        .queryParam("size", count)
                        .build(productId))
                .retrieve()
                .body(ReviewList.class));
        return new ProductReviews(
                found.items().stream().map(ReviewJson::toReview).toList(), found.totalItems());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewList(List<ReviewJson> items, long totalItems) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewJson(String author, int rating, String title, String text, Instant createdAt) {

        Review toReview() {
            return new Review(author, rating, title, text, createdAt);
        }
    }
}
