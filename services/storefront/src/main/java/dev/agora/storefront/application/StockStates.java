package dev.agora.storefront.application;

import dev.agora.storefront.application.port.ProductAvailability;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Availability;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether products can be bought, for a page that shows them anyway: when inventory cannot say, the products are shown
 * without it (a customer can still browse; the checkout is where stock is decided).
 */
public final class StockStates {

    private final ProductAvailability availability;

    public StockStates(ProductAvailability availability) {
        this.availability = availability;
    }

    /** One product's, unknown when inventory cannot say. */
    public Availability of(UUID productId) {
        return of(List.of(productId)).getOrDefault(productId, Availability.unknown(productId));
    }

    public Map<UUID, Availability> of(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        try {
            return availability.of(productIds);
        } catch (ServiceUnavailable unanswered) {
            return Map.of();
        }
    }
}
