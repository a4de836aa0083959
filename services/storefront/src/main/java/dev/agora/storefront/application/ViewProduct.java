package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.Availability;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductNotFound;
import java.util.UUID;

/** One product's page, with whether it can be bought. */
public final class ViewProduct {

    private final Catalogue catalogue;
    private final StockStates stock;

    public ViewProduct(Catalogue catalogue, StockStates stock) {
        this.catalogue = catalogue;
        this.stock = stock;
    }

    public Shown view(UUID id) {
        Product product = catalogue.product(id).orElseThrow(() -> new ProductNotFound(id));
        return new Shown(product, stock.of(id));
    }

    public record Shown(Product product, Availability availability) {}
}
