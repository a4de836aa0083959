package dev.agora.inventory.application;

import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import java.util.List;
import java.util.UUID;

/**
 * Adds received goods to a product's stock, opening it for a product inventory has not stocked yet (one just added to
 * the catalog). Runs in the caller's transaction: the stock row stays locked until it ends.
 */
public class ReceiveStock {

    private final StockLevels stockLevels;

    public ReceiveStock(StockLevels stockLevels) {
        this.stockLevels = stockLevels;
    }

    public Stock receive(UUID productId, int quantity) {
        stockLevels.open(productId);
        Stock stock = stockLevels.lock(List.of(productId)).getOrDefault(productId, Stock.none(productId));
        Stock received = stock.receive(quantity);
        stockLevels.save(received);
        return received;
    }
}
