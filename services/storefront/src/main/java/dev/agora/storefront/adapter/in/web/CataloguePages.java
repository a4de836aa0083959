package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.BrowseCatalogue;
import dev.agora.storefront.application.ViewProduct;
import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.ProductSort;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue: {@code /} with its search, category, sort and page in the address ({@code /?q=lamp&category=lighting
 * &sort=price&page=1}: a page can be bookmarked and shared), and {@code /products/{id}}.
 */
@Controller
class CataloguePages {

    private final BrowseCatalogue browseCatalogue;
    private final ViewProduct viewProduct;

    CataloguePages(BrowseCatalogue browseCatalogue, ViewProduct viewProduct) {
        this.browseCatalogue = browseCatalogue;
        this.viewProduct = viewProduct;
    }

    @GetMapping({"/", "/products"})
    String home(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model) {
        CatalogueQuery query = new CatalogueQuery(
                q,
                category,
                ProductSort.fromParameter(sort).orElseThrow(() -> new IllegalArgumentException("an unknown order")),
                pageNumber(page));
        BrowseCatalogue.Shelf shelf = browseCatalogue.browse(query);
        model.addAttribute("query", query);
        model.addAttribute("sorts", ProductSort.values());
        model.addAttribute("categories", shelf.categories());
        model.addAttribute("products", shelf.products());
        model.addAttribute(
                "cards",
                shelf.products().items().stream()
                        .map(product -> ProductCard.of(product, shelf.availabilityOf(product), locale))
                        .toList());
        model.addAttribute("links", new CatalogueLinks(query));
        return "home";
    }

    @GetMapping("/products/{id}")
    String product(@PathVariable UUID id, Locale locale, Model model) {
        ViewProduct.Shown shown = viewProduct.view(id);
        model.addAttribute("product", ProductCard.of(shown.product(), shown.availability(), locale));
        model.addAttribute("reviewsShown", shown.reviews().isPresent());
        model.addAttribute(
                "reviews",
                shown.reviews().stream()
                        .flatMap(reviews -> reviews.newest().stream())
                        .map(review -> ReviewPresented.of(review, locale))
                        .toList());
        return "product";
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("pages are numbered from 0");
        }
    }
}
