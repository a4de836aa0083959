package dev.agora.storefront.application.port;

import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.Category;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductPage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalog's products, prices and categories. Each method throws {@link ServiceUnavailable} when it cannot answer. */
public interface Catalogue {

    ProductPage products(CatalogueQuery query, int pageSize);

    Optional<Product> product(UUID id);

    List<Category> categories();
}
