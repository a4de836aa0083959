package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.ProductReviews;
import java.util.UUID;

/** What customers say about a product, from reviews; {@link ServiceUnavailable} when it cannot answer. */
public interface Reviews {

    ProductReviews newestOf(UUID productId, int count);
}
