package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.Reviews;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Availability;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductNotFound;
import dev.agora.storefront.domain.ProductReviews;
import java.util.Optional;
import java.util.UUID;

/**
 * One product's page, with whether it can be bought and its newest reviews. Without reviews (the service did not
 * answer) the page still shows the product: a page needs the catalog, not the opinions.
 */
public final class ViewProduct {

    /** How many reviews a product's page shows. */
    static final int REVIEWS_SHOWN = 5;

    private final Catalogue catalogue;
    private final StockStates stock;
    private final Reviews reviews;

    public ViewProduct(Catalogue catalogue, StockStates stock, Reviews reviews) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.reviews = reviews;
    }

    public Shown view(UUID id) {
        Product product = catalogue.product(id).orElseThrow(() -> new ProductNotFound(id));
        return new Shown(product, stock.of(id), reviewsOf(id));
    }

    private Optional<ProductReviews> reviewsOf(UUID id) {
        try {
            return Optional.of(reviews.newestOf(id, REVIEWS_SHOWN));
        } catch (ServiceUnavailable unanswered) {
            return Optional.empty();
        }
    }

    /** @param reviews empty when reviews could not be read */
    public record Shown(Product product, Availability availability, Optional<ProductReviews> reviews) {}
}
