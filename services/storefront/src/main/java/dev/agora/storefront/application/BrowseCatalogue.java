package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.Availability;
import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.Category;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductPage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue's home: a page of products with whether each can be bought, and the categories to filter them by. */
public final class BrowseCatalogue {

    private final Catalogue catalogue;
    private final StockStates stock;
    private final int pageSize;

    public BrowseCatalogue(Catalogue catalogue, StockStates stock, int pageSize) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.pageSize = pageSize;
    }

    public Shelf browse(CatalogueQuery query) {
        ProductPage products = catalogue.products(query, pageSize);
        return new Shelf(
                query,
                products,
                stock.of(products.items().stream().map(Product::id).toList()),
                catalogue.categories());
    }

    /** What the customer asked for, what matched and whether each can be bought, and the categories. */
    public record Shelf(
            CatalogueQuery query,
            ProductPage products,
            Map<UUID, Availability> availability,
            List<Category> categories) {

        public Availability availabilityOf(Product product) {
            return availability.getOrDefault(product.id(), Availability.unknown(product.id()));
        }
    }
}
