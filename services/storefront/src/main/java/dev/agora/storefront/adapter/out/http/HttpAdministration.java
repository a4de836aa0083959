package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.Administration;
import dev.agora.storefront.application.port.ProductChangedMeanwhile;
import dev.agora.storefront.domain.ManagedProduct;
import dev.agora.storefront.domain.ProductDraft;
import dev.agora.storefront.domain.StockLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The catalog's product administration ({@code POST} and {@code PUT /api/products}, with Idempotency-Key and If-Match)
 * and inventory's stock ({@code /api/inventory/{id}} and its receipts), called with the admin's own token.
 */
public final class HttpAdministration implements Administration {

    private static final Map<String, Map.Entry<String, String>> KNOWN_REFUSALS =
            Map.of("SKU_EXISTS", Map.entry("sku", "Another product already has this SKU."));

    private final ServiceApi catalog;
    private final ServiceApi inventory;

    public HttpAdministration(ServiceApi catalog, ServiceApi inventory) {
        this.catalog = catalog;
        this.inventory = inventory;
    }

    @Override
    public UUID add(ProductDraft product, UUID idempotencyKey) {
        try {
            return catalog.written(client -> client.post()
                            .uri("/api/products")
                            .header("Idempotency-Key", idempotencyKey.toString())
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(bodyOf(product))
                            .retrieve()
                            .body(ProductJson.class))
                    .id();
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(refused, KNOWN_REFUSALS);
        }
    }

    @Override
    public Optional<ManagedProduct> find(UUID id) {
        return HttpCatalogue.productById(catalog, id, ProductJson.class).map(ProductJson::toProduct);
    }

    @Override
    public ManagedProduct revise(UUID id, long version, ProductDraft details) {
        try {
            return catalog.written(client -> client.put()
                            .uri("/api/products/{id}", id)
                            .header("If-Match", "\"" + version + "\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(bodyOf(details))
                            .retrieve()
                            .body(ProductJson.class))
                    .toProduct();
        } catch (HttpClientErrorException refused) {
            if (refused.getStatusCode().value() == 412) {
                throw new ProductChangedMeanwhile(find(id).orElseThrow(() -> refused));
            }
            throw ProblemJson.fieldsRefused(refused, KNOWN_REFUSALS);
        }
    }

    /** A product that never received anything has no stock at inventory yet: none. */
    @Override
    public StockLevel stock(UUID productId) {
        try {
            return inventory
                    .read(client -> client.get()
                            .uri("/api/inventory/{id}", productId)
                            .retrieve()
                            .body(StockJson.class))
                    .toLevel();
        } catch (HttpClientErrorException.NotFound noneYet) {
            return new StockLevel(0, 0, 0);
        }
    }

    @Override
    public StockLevel receive(UUID productId, int quantity, UUID idempotencyKey) {
        try {
            return inventory
                    .written(client -> client.post()
                            .uri("/api/inventory/{id}/receipts", productId)
                            .header("Idempotency-Key", idempotencyKey.toString())
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(Map.of("quantity", quantity))
                            .retrieve()
                            .body(StockJson.class))
                    .toLevel();
        } catch (HttpClientErrorException refused) {
            throw ProblemJson.fieldsRefused(refused, Map.of());
        }
    }

    private static Map<String, Object> bodyOf(ProductDraft product) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", product.sku());
        body.put("name", product.name());
        body.put("description", product.description());
        body.put("category", product.category());
        body.put(
                "price",
                Map.of(
                        "amount", product.price().amount().toPlainString(),
                        "currency", product.price().currency().getCurrencyCode()));
        if (product.imageUrl() != null && !product.imageUrl().isBlank()) {
            body.put("imageUrl", product.imageUrl());
        }
        return body;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProductJson(
            UUID id,
            String sku,
            String name,
            @Nullable String description,
            String category,
            MoneyJson price,
            @Nullable String imageUrl,
            long version) {

        ManagedProduct toProduct() {
            return new ManagedProduct(
                    id,
                    new ProductDraft(
                            sku, name, description == null ? "" : description, category, price.toPrice(), imageUrl),
                    version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StockJson(int available, int reserved, int sold) {

        StockLevel toLevel() {
            return new StockLevel(available, reserved, sold);
        }
    }
}
