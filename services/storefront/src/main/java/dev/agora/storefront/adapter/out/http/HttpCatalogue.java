package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.Category;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.ProductPage;
import dev.agora.storefront.domain.Rating;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.util.UriBuilder;

/**
 * The catalog's public API ({@code /api/products}, {@code /api/categories}), read anonymously: every customer sees the
 * same catalogue.
 */
public final class HttpCatalogue implements Catalogue {

    private final ServiceApi catalog;

    public HttpCatalogue(ServiceApi catalog) {
        this.catalog = catalog;
    }

    @Override
    public ProductPage products(CatalogueQuery query, int pageSize) {
        ProductList found = catalog.read(client -> client.get()
                .uri(uri -> search(uri.path("/api/products"), query, pageSize))
                .retrieve()
                .body(ProductList.class));
        return new ProductPage(
                found.items().stream().map(ProductJson::toProduct).toList(),
                found.page(),
                found.size(),
                found.totalItems(),
                found.totalPages());
    }

    @Override
    public Optional<Product> product(UUID id) {
        return productById(catalog, id, ProductJson.class).map(ProductJson::toProduct);
    }

    /** One product ({@code GET /api/products/{id}}) read as {@code type}; empty when the catalog has no such product. */
    static <T> Optional<T> productById(ServiceApi catalog, UUID id, Class<T> type) {
        try {
            return Optional.of(catalog.read(client ->
                    client.get().uri("/api/products/{id}", id).retrieve().body(type)));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    @Override
    public List<Category> categories() {
        CategoryList found = catalog.read(
                client -> client.get().uri("/api/categories").retrieve().body(CategoryList.class));
        return found.items().stream()
                .map(category -> new Category(category.slug(), category.name(), category.productCount()))
                .toList();
    }

    private static URI search(UriBuilder uri, CatalogueQuery query, int pageSize) {
        uri.queryParam("page", query.page())
                .queryParam("size", pageSize)
                .queryParam(
                        "sort",
                        switch (query.sort()) {
                            case NAME -> "name,asc";
                            case PRICE_LOW_TO_HIGH -> "price,asc";
                            case PRICE_HIGH_TO_LOW -> "price,desc";
                        });
        if (query.text() != null) {
            // A value, not a template: braces or percent signs in a search stay what the customer typed.
            uri.queryParam("q", "{q}");
        }
        if (query.category() != null) {
            uri.queryParam("category", query.category());
        }
        return query.text() == null ? uri.build() : uri.build(query.text());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProductList(List<ProductJson> items, int page, int size, long totalItems, int totalPages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProductJson(
            UUID id,
            String name,
            String description,
            String category,
            MoneyJson price,
            @Nullable BigDecimal rating,
            @Nullable Integer reviewCount) {

        Product toProduct() {
            // A catalog older than the ratings sends none: the product shows no stars.
            Rating told = rating == null || reviewCount == null ? Rating.NONE : new Rating(rating, reviewCount);
            return new Product(id, name, description, category, price.toPrice(), told);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CategoryList(List<CategoryJson> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CategoryJson(String slug, String name, long productCount) {}
}
