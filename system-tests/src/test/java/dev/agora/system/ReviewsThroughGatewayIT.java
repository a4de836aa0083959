package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Reviews through the gateway, on the platform as ./agora runs it (real Kafka): a buyer's review, signed with the name
 * users tells, and the product's rating in the catalogue, on the shop's product page and in the mobile API; someone who
 * did not buy it is refused. The gateway sends
 * {@code /api/products/{id}/reviews} to reviews and the rest of {@code /api/products/**} to the catalog.
 */
@ExtendWith(SharedPlatform.class)
class ReviewsThroughGatewayIT {

    static final Duration PROPAGATED_WITHIN = Duration.ofSeconds(60);

    static final String REVIEW = """
            {"rating": 4, "title": "Good <i>value</i>", "text": "Does what it says."}""";

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void connect(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    @Test
    void a_buyer_reviews_what_they_bought_and_the_catalogue_shows_its_rating_while_others_are_refused() {
        String product = ShopFixtures.newProductInStock(platform, 5); // a product of its own: its rating is this test's
        ShopFixtures.NewCustomer rita = ShopFixtures.newCustomer(gateway, "Rita");
        ShopFixtures.NewCustomer sam = ShopFixtures.newCustomer(gateway, "Sam");
        Response placed = platform.placeOrder(
                rita.tokens().accessToken(), UUID.randomUUID().toString(), product, 1, "tok_ok");
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String order = placed.json().path("id").asString();
        await().atMost(PROPAGATED_WITHIN)
                .until(() -> gateway.get("/api/orders/" + order, "Authorization", rita.bearer())
                        .json()
                        .path("status")
                        .asString()
                        .equals("CONFIRMED"));

        Response refused = write(product, sam);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asString()).isEqualTo("PURCHASE_REQUIRED");
        Response written = await().atMost(PROPAGATED_WITHIN)
                .until(() -> write(product, rita), response -> response.status() != 403);
        assertThat(written.status()).as(written.body()).isEqualTo(201);

        JsonNode listed = await().atMost(PROPAGATED_WITHIN)
                .until(
                        () -> gateway.get("/api/products/" + product + "/reviews")
                                .json(),
                        page -> "Rita"
                                .equals(page.path("items")
                                        .path(0)
                                        .path("author")
                                        .asString()));
        assertThat(listed.path("items").path(0).path("title").asString()).isEqualTo("Good <i>value</i>");
        JsonNode rated = await().atMost(PROPAGATED_WITHIN)
                .until(
                        () -> gateway.get("/api/products/" + product).json(),
                        found -> found.path("reviewCount").asInt() == 1);
        assertThat(rated.path("rating").asString()).isEqualTo("4.0");
        assertThat(rated.path("sku").asString())
                .as("the catalog's answer, not reviews'")
                .isNotBlank();

        String page = gateway.get("/products/" + product).body();
        assertThat(page)
                .as("the storefront's product page")
                .contains("4.0 out of 5, 1 review")
                .contains("Good &lt;i&gt;value&lt;/i&gt;")
                .contains("Rita, ");
        String query = "{ product(id: \\\"" + product
                + "\\\") { rating { average reviewCount } reviews { totalItems items { author rating } } } }";
        JsonNode mobile = gateway.send(
                        "POST", "/mobile/graphql", "{\"query\": \"" + query + "\"}", "Content-Type", "application/json")
                .json()
                .path("data")
                .path("product");
        assertThat(mobile.path("rating").path("average").asString()).isEqualTo("4.0");
        assertThat(mobile.path("reviews").path("items").path(0).path("author").asString())
                .isEqualTo("Rita");
    }

    private static Response write(String product, ShopFixtures.NewCustomer customer) {
        return gateway.send(
                "POST",
                "/api/products/" + product + "/reviews",
                REVIEW,
                "Authorization",
                customer.bearer(),
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }
}
