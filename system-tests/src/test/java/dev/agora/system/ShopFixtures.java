package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the shop's tests, over HTTP and in a browser, need alike. */
final class ShopFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a JSON Web Token looks like: a base64url JSON header, a dot, a payload, a dot. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.");

    private ShopFixtures() {}

    /** A customer of a test's own, signed in with their password: what the test changes touches nobody else's data. */
    record NewCustomer(String id, String email, String password, SignIn.Tokens tokens) {

        String bearer() {
            return "Bearer " + tokens.accessToken();
        }
    }

    /** Opens an account named {@code name} through the gateway (a new e-mail each time: data outlives a run). */
    static NewCustomer newCustomer(ApiClient gateway, String name) {
        String email = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@agora.test";
        String password = "correct horse battery staple";
        Response opened = gateway.send(
                "POST",
                "/api/accounts",
                "{\"email\": \"%s\", \"password\": \"%s\", \"name\": \"%s\"}".formatted(email, password, name),
                "Content-Type",
                "application/json");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return new NewCustomer(
                opened.json().path("id").asString(),
                email,
                password,
                new SignIn(gateway.base()).withPassword(email, password));
    }

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

    /** A new product of the books category, priced in euros, added by the admin (nothing in stock yet): its id. */
    static String newProduct(RunningPlatform platform, String name, String price) {
        Response added = postAsAdmin(
                platform,
                "/api/products",
                JSON.writeValueAsString(Map.of(
                        "sku",
                        "OWN-" + UUID.randomUUID().toString().substring(0, 8),
                        "name",
                        name,
                        "category",
                        "books",
                        "price",
                        Map.of("amount", price, "currency", "EUR"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    /**
     * A product of its own for a test that counts its stock: {@code units} received, and no other test orders it (the
     * seeded products are everyone's, and another test's order may still be taking their units).
     */
    static String newProductInStock(RunningPlatform platform, int units) {
        String id = newProduct(platform, "Counted stock " + UUID.randomUUID(), "500.00");
        Response received =
                postAsAdmin(platform, "/api/inventory/" + id + "/receipts", "{\"quantity\": " + units + "}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        return id;
    }

    /** A JSON body posted by the admin through the gateway, once (a key of its own). */
    private static Response postAsAdmin(RunningPlatform platform, String path, String json) {
        return platform.gateway()
                .send(
                        "POST",
                        path,
                        json,
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer " + platform.session("admin").token(),
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
    }

    /** The items of a page the API answered. */
    private static JsonNode page(ApiClient gateway, String path) {
        Response answer = gateway.get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }
}
