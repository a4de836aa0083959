package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** What the shop's tests, over HTTP and in a browser, need alike. */
final class ShopFixtures {

    /** What a JSON Web Token looks like: a base64url JSON header, a dot, a payload, a dot. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.");

    private ShopFixtures() {}

    /** {@code count} seeded products with plenty left, among the 20 cheapest (other tests add products with none). */
    static List<String> productsInStock(ApiClient gateway, int count) {
        StringBuilder query = new StringBuilder();
        for (JsonNode product : page(gateway, "/api/products?size=20&sort=price,asc")) {
            query.append(query.isEmpty() ? "?" : "&")
                    .append("productId=")
                    .append(product.get("id").asString());
        }
        List<String> inStock = new ArrayList<>();
        for (JsonNode availability : page(gateway, "/api/inventory/availability" + query)) {
            if (availability.get("state").asString().equals("IN_STOCK") && inStock.size() < count) {
                inStock.add(availability.get("productId").asString());
            }
        }
        assertThat(inStock).as("products in stock among the 20 cheapest").hasSize(count);
        return inStock;
    }

    /**
     * A product of its own for a test that counts its stock: {@code units} received, and no other test orders it (the
     * seeded products are everyone's, and another test's order may still be taking their units).
     */
    static String newProductInStock(RunningPlatform platform, int units) {
        ApiClient gateway = platform.gateway();
        String admin = "Bearer " + platform.session("admin").token();
        Response added = gateway.send(
                "POST",
                "/api/products",
                """
                {"sku": "OWN-%s", "name": "Counted stock %s", "category": "books",
                 "price": {"amount": "500.00", "currency": "EUR"}}""".formatted(UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID()),
                "Content-Type",
                "application/json",
                "Authorization",
                admin,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        Response received = gateway.send(
                "POST",
                "/api/inventory/" + id + "/receipts",
                "{\"quantity\": " + units + "}",
                "Content-Type",
                "application/json",
                "Authorization",
                admin,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        return id;
    }

    /** The items of a page the API answered. */
    private static JsonNode page(ApiClient gateway, String path) {
        Response answer = gateway.get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }
}
