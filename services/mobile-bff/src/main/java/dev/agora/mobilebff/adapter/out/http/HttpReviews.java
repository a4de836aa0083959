package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.Reviews;
import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Review;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;

/** The reviews service's public API ({@code /api/products/{id}/reviews}), read anonymously. */
public final class HttpReviews implements Reviews {

    private static final ParameterizedTypeReference<Page<Review>> REVIEWS = new ParameterizedTypeReference<>() {};

    private final ServiceApi reviews;

    public HttpReviews(ServiceApi reviews) {
        this.reviews = reviews;
    }

    @Override
    public Page<Review> of(UUID productId, int page, int size) {
        return reviews.read(client -> client.get()
                .uri(uri -> uri.path("/api/products/{id}/reviews")
                        .queryParam("sort", "newest")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(productId))
                .retrieve()
                .body(REVIEWS));
    }
}
