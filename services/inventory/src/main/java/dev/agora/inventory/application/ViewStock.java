package dev.agora.inventory.application;

import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import dev.agora.inventory.domain.StockNotFound;
import java.util.UUID;

/** Shows the stock of one product, or says that there is none. */
public class ViewStock {

    private final StockLevels stockLevels;

    public ViewStock(StockLevels stockLevels) {
        this.stockLevels = stockLevels;
    }

    public Stock view(UUID productId) {
        return stockLevels.find(productId).orElseThrow(() -> new StockNotFound(productId));
    }
}
