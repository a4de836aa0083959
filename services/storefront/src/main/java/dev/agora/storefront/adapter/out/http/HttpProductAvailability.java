package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.ProductAvailability;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Availability;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.HttpClientErrorException;

/** Inventory's {@code GET /api/inventory/availability}, open to anyone: one call for a whole page of products. */
public final class HttpProductAvailability implements ProductAvailability {

    private final ServiceApi inventory;

    public HttpProductAvailability(ServiceApi inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<UUID, Availability> of(List<UUID> productIds) {
        AvailabilityList found;
        try {
            found = inventory.read(client -> client.get()
                    .uri(uri -> uri.path("/api/inventory/availability")
                            .queryParam("productId", productIds.toArray())
                            .build())
                    .retrieve()
                    .body(AvailabilityList.class));
        } catch (HttpClientErrorException.NotFound noSuchEndpoint) {
            // Not an unknown product (those are sold out): an inventory without this endpoint, during an upgrade.
            throw new ServiceUnavailable("inventory", noSuchEndpoint);
        }
        Map<UUID, Availability> availability = new LinkedHashMap<>();
        for (AvailabilityJson item : found.items()) {
            availability.put(item.productId(), item.toAvailability());
        }
        return availability;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AvailabilityList(List<AvailabilityJson> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AvailabilityJson(
            UUID productId, String state, @Nullable Integer unitsLeft) {

        /** A state this storefront does not know yet is shown as unknown rather than refused. */
        Availability toAvailability() {
            Availability.State known;
            try {
                known = Availability.State.valueOf(state);
            } catch (IllegalArgumentException newer) {
                known = Availability.State.UNKNOWN;
            }
            return new Availability(productId, known, unitsLeft == null ? 0 : unitsLeft);
        }
    }
}
