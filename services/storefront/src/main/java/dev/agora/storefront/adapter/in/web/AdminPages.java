package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.port.Administration;
import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.FieldsRefused;
import dev.agora.storefront.application.port.ProductChangedMeanwhile;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.CatalogueQuery;
import dev.agora.storefront.domain.ManagedProduct;
import dev.agora.storefront.domain.Price;
import dev.agora.storefront.domain.ProductDraft;
import dev.agora.storefront.domain.ProductNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's pages: add a product, change a product's price and description (at the version read: a change made by
 * someone else meanwhile is shown, not overwritten), see and add to its stock. Anyone but an admin gets the 404 page:
 * the pages do not say that they exist.
 */
@Controller
class AdminPages {

    static final String ADMIN = "/admin";

    /** The shop's one currency: the catalog's prices are in euros. */
    private static final Currency CURRENCY = Currency.getInstance("EUR");

    private static final int PRODUCTS_PER_PAGE = 20;
    private static final String PRODUCTS_VIEW = "admin";
    private static final String PRODUCT_VIEW = "admin-product";

    private final Administration administration;
    private final Catalogue catalogue;

    AdminPages(Administration administration, Catalogue catalogue) {
        this.administration = administration;
        this.catalogue = catalogue;
    }

    @GetMapping(ADMIN)
    String products(
            @RequestParam(defaultValue = "0") int page, @Nullable Authentication caller, Locale locale, Model model) {
        requireAdmin(caller);
        return productsPage(Math.max(0, page), Map.of(), Map.of(), model);
    }

    @PostMapping(ADMIN + "/products")
    String add(
            @RequestParam Map<String, String> form,
            @Nullable Authentication caller,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        requireAdmin(caller);
        try {
            UUID added = administration.add(
                    new ProductDraft(
                            form.getOrDefault("sku", ""),
                            form.getOrDefault("name", ""),
                            form.getOrDefault("description", ""),
                            form.getOrDefault("category", ""),
                            priceOf(form.getOrDefault("price", "")),
                            null),
                    UUID.fromString(form.getOrDefault("idempotencyKey", "")));
            flash.addFlashAttribute("notice", "Product added.");
            return "redirect:" + ADMIN + "/products/" + added;
        } catch (FieldsRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return productsPage(0, refused.problems(), form, model);
        }
    }

    @GetMapping(ADMIN + "/products/{id}")
    String product(@PathVariable UUID id, @Nullable Authentication caller, Locale locale, Model model) {
        requireAdmin(caller);
        return productPage(managed(id), null, Map.of(), locale, model);
    }

    /** The price and description, at the version the form was made from (If-Match). */
    @PostMapping(ADMIN + "/products/{id}")
    String revise(
            @PathVariable UUID id,
            @RequestParam String price,
            @RequestParam(defaultValue = "") String description,
            @RequestParam long version,
            @Nullable Authentication caller,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        requireAdmin(caller);
        ManagedProduct now = managed(id);
        try {
            administration.revise(id, version, now.revised(priceOf(price), description));
            flash.addFlashAttribute("notice", "Saved.");
            return "redirect:" + ADMIN + "/products/" + id;
        } catch (ProductChangedMeanwhile changed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return productPage(
                    changed.current(),
                    "Changed by someone else meanwhile: here is the new version. Your change (price " + price
                            + ") was not saved; make it again if it still applies.",
                    Map.of(),
                    locale,
                    model);
        } catch (FieldsRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return productPage(now, null, refused.problems(), locale, model);
        }
    }

    @PostMapping(ADMIN + "/products/{id}/stock")
    String receive(
            @PathVariable UUID id,
            @RequestParam String quantity,
            @RequestParam UUID idempotencyKey,
            @Nullable Authentication caller,
            RedirectAttributes flash) {
        requireAdmin(caller);
        try {
            administration.receive(id, Integer.parseInt(quantity.strip()), idempotencyKey);
            flash.addFlashAttribute("notice", quantity.strip() + " units received.");
        } catch (NumberFormatException | FieldsRefused refused) {
            flash.addFlashAttribute("problem", "A quantity is a whole number from 1 to 100 000.");
        }
        return "redirect:" + ADMIN + "/products/" + id;
    }

    private String productsPage(int page, Map<String, String> problems, Map<String, String> form, Model model) {
        model.addAttribute(
                "products", catalogue.products(CatalogueQuery.firstPage().onPage(page), PRODUCTS_PER_PAGE));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        return PRODUCTS_VIEW;
    }

    private String productPage(
            ManagedProduct product,
            @Nullable String changed,
            Map<String, String> problems,
            Locale locale,
            Model model) {
        model.addAttribute("product", product);
        model.addAttribute("price", product.details().price().amount().toPlainString());
        model.addAttribute("shownPrice", PriceFormat.of(product.details().price(), locale));
        model.addAttribute("changed", changed);
        model.addAttribute("problems", problems);
        model.addAttribute("receiptKey", UUID.randomUUID());
        try {
            model.addAttribute("stock", administration.stock(product.id()));
        } catch (ServiceUnavailable inventoryAway) {
            model.addAttribute("stock", null);
        }
        return PRODUCT_VIEW;
    }

    private ManagedProduct managed(UUID id) {
        return administration.find(id).orElseThrow(() -> new ProductNotFound(id));
    }

    /** A price as typed ({@code 12.50}); what is not one is refused by the catalog as not one. */
    private static Price priceOf(String typed) {
        try {
            return new Price(new BigDecimal(typed.strip()), CURRENCY);
        } catch (NumberFormatException notAPrice) {
            throw new FieldsRefused(Map.of("price.amount", "must be a price like 12.50"));
        }
    }

    /** Not an admin, or not signed in: the page is not there for them. */
    private static void requireAdmin(@Nullable Authentication caller) {
        if (!CustomerPrincipals.isAdmin(caller)) {
            throw new HiddenPage();
        }
    }

    /** A page only some may see, asked by someone else: it answers as a page that does not exist. */
    static final class HiddenPage extends RuntimeException {

        HiddenPage() {
            super("an admin's page", null, false, false);
        }
    }
}
