package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.Catalogue;
import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.domain.Category;
import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Product;
import dev.agora.mobilebff.domain.ProductSearch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.core.ParameterizedTypeReference;

/** The catalog's public API ({@code /api/products}, {@code /api/categories}), read anonymously. */
public final class HttpCatalogue implements Catalogue {

    private static final ParameterizedTypeReference<Page<Product>> PRODUCTS = new ParameterizedTypeReference<>() {};

    private final ServiceApi catalog;

    public HttpCatalogue(ServiceApi catalog) {
        this.catalog = catalog;
    }

    @Override
    public Page<Product> products(ProductSearch search) {
        return catalog.read(client -> client.get()
                .uri(uri -> {
                    uri.path("/api/products")
                            .queryParam("page", search.page())
                            .queryParam("size", search.size())
                            .queryParam("sort", search.sort().parameter());
                    if (search.category() != null) {
                        uri.queryParam("category", "{category}");
                    }
                    if (search.text() != null) {
                        uri.queryParam("q", "{q}");
                    }
                    // Values, not templates: braces or percent signs stay what the customer typed.
                    return uri.build(Stream.of(search.category(), search.text())
                            .filter(Objects::nonNull)
                            .toArray());
                })
                .retrieve()
                .body(PRODUCTS));
    }

    @Override
    public Optional<Product> product(UUID id) {
        try {
            return Optional.of(catalog.read(client ->
                    client.get().uri("/api/products/{id}", id).retrieve().body(Product.class)));
        } catch (ServiceRefused refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    public List<Category> categories() {
        return catalog.read(
                        client -> client.get().uri("/api/categories").retrieve().body(CategoryList.class))
                .items();
    }

    record CategoryList(List<Category> items) {}
}
