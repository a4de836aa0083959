package dev.agora.orders.application.port;

import dev.agora.orders.domain.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The catalog's current prices: the only prices an order is ever placed at. */
public interface ProductPrices {

    /** The price of each product that exists; the ids that name none in {@code unknown}. */
    record Prices(Map<UUID, Money> prices, List<UUID> unknown) {

        public Prices {
            prices = Map.copyOf(prices);
            unknown = List.copyOf(unknown);
        }
    }

    /** Throws {@link PricesUnavailable} when the catalog cannot answer in time. */
    Prices of(Set<UUID> productIds);

    /** The catalog did not answer, or not in time: the order cannot be priced now, nothing was placed. */
    class PricesUnavailable extends RuntimeException {

        public PricesUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
