package dev.agora.inventory.adapter.in.web;

import dev.agora.inventory.application.ViewStock;
import dev.agora.inventory.domain.Stock;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory")
class InventoryController {

    private final ViewStock viewStock;

    InventoryController(ViewStock viewStock) {
        this.viewStock = viewStock;
    }

    /** The units of a product: free, held for orders, sold (their sum is the stock the product started with). */
    @GetMapping("/{productId}")
    StockResponse stock(@PathVariable UUID productId) {
        Stock stock = viewStock.view(productId);
        return new StockResponse(stock.productId(), stock.available(), stock.reserved(), stock.sold());
    }

    record StockResponse(UUID productId, int available, int reserved, int sold) {}
}
