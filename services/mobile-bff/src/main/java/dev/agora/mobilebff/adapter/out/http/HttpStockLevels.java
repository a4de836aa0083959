package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.StockLevels;
import dev.agora.mobilebff.domain.Stock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inventory's {@code GET /api/inventory/availability}, open to anyone: one call for a whole screen of products. */
public final class HttpStockLevels implements StockLevels {

    private final ServiceApi inventory;

    public HttpStockLevels(ServiceApi inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<UUID, Stock> of(List<UUID> productIds) {
        StockList found = inventory.read(client -> client.get()
                .uri(uri -> uri.path("/api/inventory/availability")
                        .queryParam("productId", productIds.toArray())
                        .build())
                .retrieve()
                .body(StockList.class));
        Map<UUID, Stock> stock = new LinkedHashMap<>();
        found.items().forEach(item -> stock.put(item.productId(), item));
        return stock;
    }

    record StockList(List<Stock> items) {}
}
