package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.ProductSort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the catalogue pages next to one: the previous and next page, the same search in another order or
 * category. Each holds only what differs from the defaults, so one page has one address.
 */
public record CatalogueLinks(CatalogueQuery query) {

    public String page(int page) {
        return of(query.onPage(page));
    }

    public String category(String slug) {
        return of(new CatalogueQuery(query.text(), slug, query.sort(), 0));
    }

    public String allCategories() {
        return of(new CatalogueQuery(query.text(), null, query.sort(), 0));
    }

    static String of(CatalogueQuery query) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (query.text() != null) {
            values.put("q", query.text());
        }
        if (query.category() != null) {
            values.put("category", query.category());
        }
        if (query.sort() != ProductSort.NAME) {
            values.put("sort", query.sort().parameter());
        }
        if (query.page() > 0) {
            values.put("page", query.page());
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        // Expanded after encoding the template: every value is encoded whole, "+" and "&" included ("c++" stays c++).
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
