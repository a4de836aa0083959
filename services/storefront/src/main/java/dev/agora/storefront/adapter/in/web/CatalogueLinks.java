package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.ProductSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the catalogue pages next to one: the previous and next page, the same search in another order or
 * category. Each holds only what differs from the defaults, so one page has one address.
 */
public record CatalogueLinks(CatalogueQuery query) {

    public String page(int page) {
        return of(new CatalogueQuery(query.text(), query.category(), query.sort(), page));
    }

    public String category(String slug) {
        return of(new CatalogueQuery(query.text(), slug, query.sort(), 0));
    }

    public String allCategories() {
        return of(new CatalogueQuery(query.text(), null, query.sort(), 0));
    }

    static String of(CatalogueQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        if (query.text() != null) {
            uri.queryParam("q", query.text());
        }
        if (query.category() != null) {
            uri.queryParam("category", query.category());
        }
        if (query.sort() != ProductSort.NAME) {
            uri.queryParam("sort", query.sort().parameter());
        }
        if (query.page() > 0) {
            uri.queryParam("page", query.page());
        }
        // Encoded as values: braces or percent signs a customer typed are not URI template variables.
        return uri.build().encode().toUriString();
    }
}
