package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Review;
import java.util.UUID;

/** What customers say about a product, read by anyone. */
public interface Reviews {

    /** A page of the product's reviews, the newest first. */
    Page<Review> of(UUID productId, int page, int size);
}
