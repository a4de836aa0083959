package dev.agora.inventory.application;

import dev.agora.inventory.domain.Availability;
import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Whether products can be bought, for a page of a shop: one answer per product asked, in the order asked. */
public class CheckAvailability {

    /** A page of products at most, as the catalog pages them. */
    public static final int MAX_PRODUCTS = 100;

    private final StockLevels stockLevels;

    public CheckAvailability(StockLevels stockLevels) {
        this.stockLevels = stockLevels;
    }

    /** A product without stock (unknown here, or never received) is sold out. */
    public List<Availability> check(List<UUID> productIds) {
        List<UUID> asked = productIds.stream().distinct().toList();
        if (asked.isEmpty() || asked.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException("between 1 and " + MAX_PRODUCTS + " products");
        }
        Map<UUID, Stock> found = stockLevels.findAll(asked);
        return asked.stream()
                .map(id -> Availability.of(found.getOrDefault(id, Stock.none(id))))
                .toList();
    }
}
