package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mobile app's GraphQL API at http://127.0.0.1:8080/mobile/graphql, made by the mobile BFF from the real services,
 * through the gateway, as a phone asks it: with the token the app holds.
 */
@ExtendWith(SharedPlatform.class)
@RestoresWhatItBreaks
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MobileBffThroughGatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String HOME_SCREEN = """
            query Home {
              products(size: 6) { totalItems items { id name price { amount currency } stock { state unitsLeft } } }
              categories { slug name }
              me { name roles }
            }""";

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void usePlatform(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    @Test
    void a_home_screen_is_one_request_answered_from_the_catalog_inventory_and_identity() {
        // Signed in as the mobile app signs in: the public client agora-mobile, its code sent back to its own scheme.
        String alice = new SignIn(gateway.base(), SignIn.Client.MOBILE)
                .withPassword("alice@agora.test", "alice-password")
                .accessToken();

        JsonNode answer = ask(HOME_SCREEN, Map.of(), alice);

        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        JsonNode data = answer.get("data");
        JsonNode api = gateway.get("/api/products?size=6&sort=name,asc").json();
        assertThat(data.at("/products/totalItems").asLong())
                .isEqualTo(api.get("totalItems").asLong());
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < api.get("items").size(); index++) {
            JsonNode product = data.at("/products/items/" + index);
            JsonNode expected = api.get("items").get(index);
            assertThat(product.get("id").asString())
                    .isEqualTo(expected.get("id").asString());
            assertThat(product.at("/price/amount").asString())
                    .isEqualTo(expected.at("/price/amount").asString());
            ids.add(expected.get("id").asString());
        }
        JsonNode stock = gateway.get("/api/inventory/availability?productId=" + String.join("&productId=", ids))
                .json();
        for (JsonNode level : stock.get("items")) {
            int index = ids.indexOf(level.get("productId").asString());
            assertThat(data.at("/products/items/" + index + "/stock/state").asString())
                    .isEqualTo(level.get("state").asString());
        }
        assertThat(data.at("/categories/0/slug").asString())
                .isEqualTo(gateway.get("/api/categories")
                        .json()
                        .at("/items/0/slug")
                        .asString());
        assertThat(data.at("/me/name").asString())
                .isEqualTo(gateway.get("/api/me", "Authorization", "Bearer " + alice)
                        .json()
                        .get("name")
                        .asString());
    }

    @Test
    void an_account_screen_shows_the_profile_and_addresses_kept_by_users() {
        String bob = new SignIn(gateway.base(), SignIn.Client.MOBILE)
                .withPassword("bob@agora.test", "bob-password")
                .accessToken();
        Response added = gateway.send(
                "POST",
                "/api/users/me/addresses",
                """
                {"label": "Phone test", "recipient": "Bob Durand", "line1": "1 rue de la Paix", "postalCode": "75002",
                 "city": "Paris", "country": "FR"}""",
                "Authorization",
                "Bearer " + bob,
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        JsonNode answer = ask(
                "{ me { name profile { displayName locale orderUpdatesByMail } addresses { id label country isDefault } } }",
                Map.of(),
                bob);

        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        JsonNode profile =
                gateway.get("/api/users/me", "Authorization", "Bearer " + bob).json();
        assertThat(answer.at("/data/me/profile/displayName").asString())
                .isEqualTo(profile.path("displayName").asString());
        assertThat(answer.at("/data/me/profile/locale").asString())
                .isEqualTo(profile.path("locale").asString());
        assertThat(answer.at("/data/me/addresses").findValuesAsString("id"))
                .contains(added.json().path("id").asString());
    }

    @Test
    void without_a_token_the_customers_fields_are_refused_and_the_catalogue_is_answered() {
        JsonNode answer = ask("{ me { name } orders { totalItems } products(size: 1) { totalItems } }", Map.of(), null);

        assertThat(answer.at("/data/products/totalItems").asLong()).isPositive();
        assertThat(answer.at("/data/me").isNull()).isTrue();
        assertThat(answer.at("/data/orders").isNull()).isTrue();
        assertThat(answer.get("errors"))
                .extracting(error -> error.at("/extensions/code").asString())
                .containsExactly("UNAUTHORIZED", "UNAUTHORIZED");
    }

    @Test
    void an_order_placed_twice_with_one_key_is_one_order_that_ends_confirmed() {
        String alice = platform.signIn("alice");
        String product = ShopFixtures.productsInStock(gateway, 1).getFirst();
        Map<String, Object> variables = Map.of(
                "items", List.of(Map.of("productId", product, "quantity", 1)),
                "key", UUID.randomUUID().toString());
        String placeOrder = """
                mutation Buy($items: [OrderItemInput!]!, $key: ID!) {
                  placeOrder(items: $items, paymentToken: "tok_ok", idempotencyKey: $key) { id status total { amount } }
                }""";

        JsonNode first = ask(placeOrder, variables, alice);
        JsonNode again = ask(placeOrder, variables, alice);

        String id = first.at("/data/placeOrder/id").asString();
        assertThat(id).as(first.toString()).isNotEmpty();
        assertThat(again.at("/data/placeOrder/id").asString()).isEqualTo(id);
        JsonNode mine = ask("{ orders(size: 50) { items { id } } }", Map.of(), alice);
        assertThat(mine.at("/data/orders/items").findValuesAsString("id"))
                .filteredOn(id::equals)
                .hasSize(1);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    JsonNode order = ask("{ order(id: \"" + id + "\") { status events { type } } }", Map.of(), alice);
                    assertThat(order.at("/data/order/status").asString()).isEqualTo("CONFIRMED");
                    assertThat(order.at("/data/order/events").findValuesAsString("type"))
                            .startsWith("OrderPlaced")
                            .endsWith("OrderConfirmed");
                });
        assertThat(ask("{ order(id: \"" + id + "\") { id } }", Map.of(), platform.signIn("bob"))
                        .at("/data/order")
                        .isNull())
                .as("bob does not see alice's order")
                .isTrue();
    }

    @Test
    void a_subscription_follows_an_order_from_pending_to_its_end_over_server_sent_events() {
        String alice = platform.signIn("alice");
        String product = ShopFixtures.productsInStock(gateway, 1).getFirst();
        // A payment that takes longer than the checkout waits for it: the order stays PENDING for seconds, then ends.
        String id = ask("""
                        mutation { placeOrder(items: [{productId: "%s", quantity: 1}], paymentToken: "tok_slow",
                                              idempotencyKey: "%s") { id } }""".formatted(product, UUID.randomUUID()), Map.of(), alice)
                .at("/data/placeOrder/id")
                .asString();
        String subscription = JSON.writeValueAsString(
                Map.of("query", "subscription { orderStatus(id: \"" + id + "\") { status reason } }"));

        Response stream = assertTimeoutPreemptively(
                Duration.ofSeconds(90),
                () -> gateway.send(
                        "POST",
                        "/mobile/graphql/stream",
                        subscription,
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "text/event-stream",
                        "Authorization",
                        "Bearer " + alice));

        assertThat(stream.status()).isEqualTo(200);
        List<JsonNode> statuses = stream.body()
                .lines()
                .filter(line -> line.startsWith("data:") && line.contains("orderStatus"))
                .map(line -> JSON.readTree(line.substring("data:".length())).at("/data/orderStatus"))
                .toList();
        assertThat(statuses)
                .extracting(status -> status.get("status").asString())
                .containsExactly("PENDING", "CANCELLED");
        assertThat(statuses.getLast().get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(stream.body()).contains("event:complete");
    }

    @Test
    void a_query_nested_deeper_than_the_limit_is_refused_with_its_code() {
        Response refused = send(
                "{ products(size: 1) { items { related { related { related { related { name } } } } } } }",
                Map.of(),
                null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_DEEP");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void with_inventory_down_a_screen_has_everything_but_the_stock() {
        platform.kill("inventory");
        try {
            JsonNode answer = ask(HOME_SCREEN, Map.of(), platform.signIn("alice"));

            assertThat(answer.at("/data/products/items")).hasSize(6);
            assertThat(answer.at("/data/products/items/0/name").asString()).isNotEmpty();
            assertThat(answer.at("/data/products/items/0/stock").isNull()).isTrue();
            assertThat(answer.at("/data/me/name").asString()).isNotEmpty();
            assertThat(answer.get("errors")).isNotEmpty().allSatisfy(error -> {
                assertThat(error.at("/extensions/code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(error.at("/extensions/service").asString()).isEqualTo("inventory");
                assertThat(error.at("/path/3").asString()).isEqualTo("stock");
            });
        } finally {
            platform.restart("inventory");
        }
    }

    /** The answer to a query that is not refused as a whole. */
    private static JsonNode ask(String query, Map<String, Object> variables, @Nullable String token) {
        Response answer = send(query, variables, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Response send(String query, Map<String, Object> variables, @Nullable String token) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        List<String> headers = new ArrayList<>(
                List.of("Content-Type", "application/json", "Accept", "application/graphql-response+json"));
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return gateway.send(
                "POST", "/mobile/graphql", JSON.writeValueAsString(request), headers.toArray(String[]::new));
    }
}
