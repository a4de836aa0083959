package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.Availability;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inventory's word on whether products can be bought. Throws {@link ServiceUnavailable} when it cannot answer. */
public interface ProductAvailability {

    /** One answer per product asked (at most a page of them). */
    Map<UUID, Availability> of(List<UUID> productIds);
}
