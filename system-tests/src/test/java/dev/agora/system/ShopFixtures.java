package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
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
        for (JsonNode product :
                gateway.get("/api/products?size=20&sort=price,asc").json().get("items")) {
            query.append(query.isEmpty() ? "?" : "&")
                    .append("productId=")
                    .append(product.get("id").asString());
        }
        List<String> inStock = new ArrayList<>();
        for (JsonNode availability :
                gateway.get("/api/inventory/availability" + query).json().get("items")) {
            if (availability.get("state").asString().equals("IN_STOCK") && inStock.size() < count) {
                inStock.add(availability.get("productId").asString());
            }
        }
        assertThat(inStock).as("products in stock among the 20 cheapest").hasSize(count);
        return inStock;
    }
}
