package dev.agora.storefront.application;

import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.Category;
import dev.agora.storefront.domain.ProductPage;
import java.util.List;

/** The catalogue's home: a page of products and the categories to filter them by. */
public final class BrowseCatalogue {

    private final Catalogue catalogue;
    private final int pageSize;

    public BrowseCatalogue(Catalogue catalogue, int pageSize) {
        this.catalogue = catalogue;
        this.pageSize = pageSize;
    }

    public Shelf browse(CatalogueQuery query) {
        return new Shelf(query, catalogue.products(query, pageSize), catalogue.categories());
    }

    /** What the customer asked for, what matched, and the categories. */
    public record Shelf(CatalogueQuery query, ProductPage products, List<Category> categories) {}
}
