package dev.agora.inventory.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.inventory.domain.Stock;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/** The stock view and receipts over real HTTP, with tokens checked against a real JWKS endpoint: admins only. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:inventory-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(topics = InventoryTopics.COMMANDS)
class InventoryApiIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String TABLE = "e8b010b2-a4ea-5a54-98b6-13e6faff2c64";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient database;

    Response get(String path, String token) {
        ApiClient api = ApiClient.onPort(port);
        return token == null
                ? api.send("GET", path, null)
                : api.send("GET", path, null, "Authorization", "Bearer " + token);
    }

    @Test
    void an_admin_sees_the_units_of_a_product() {
        Response response = get("/api/inventory/" + TABLE, ISSUER.token("admin-id", "ADMIN"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("productId").asString()).isEqualTo(TABLE);
        assertThat(response.json().path("available").asInt()).isEqualTo(1);
        assertThat(response.json().path("reserved").asInt()).isZero();
        assertThat(response.json().path("sold").asInt()).isZero();
    }

    @Test
    void a_customer_is_forbidden_and_an_anonymous_caller_unauthorized() {
        assertThat(get("/api/inventory/" + TABLE, ISSUER.token("alice-id", "CUSTOMER"))
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(get("/api/inventory/" + TABLE, null).status()).isEqualTo(401);
    }

    @Test
    void anyone_sees_whether_products_can_be_bought_with_a_count_only_when_low() {
        String plenty = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        receive(plenty, UUID.randomUUID().toString(), "{\"quantity\": 40}", ISSUER.token("admin-id", "ADMIN"));

        Response answer = get(
                "/api/inventory/availability?productId=" + TABLE + "&productId=" + unknown + "&productId=" + plenty,
                null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode items = answer.json().path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("productId").asString()).isEqualTo(TABLE);
        assertThat(items.get(0).path("state").asString()).isEqualTo("LOW");
        assertThat(items.get(0).path("unitsLeft").asInt()).isEqualTo(1);
        assertThat(items.get(1).path("state").asString()).isEqualTo("SOLD_OUT");
        assertThat(items.get(2).path("state").asString()).isEqualTo("IN_STOCK");
        assertThat(items.get(2).has("unitsLeft"))
                .as("no count while plenty is left")
                .isFalse();
    }

    @Test
    void availability_of_no_product_too_many_or_a_malformed_id_is_invalid() {
        String tooMany = IntStream.rangeClosed(0, 100)
                .mapToObj(n -> "productId=" + UUID.randomUUID())
                .collect(Collectors.joining("&"));
        for (String query :
                new String[] {"", "?productId=not-a-uuid", "?productId=%20", "?productId=" + TABLE + ",", "?" + tooMany
                }) {
            Response refused = get("/api/inventory/availability" + query, null);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().path("code").asString()).as(query).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void a_product_without_stock_is_not_found_and_a_malformed_id_is_invalid() {
        String admin = ISSUER.token("admin-id", "ADMIN");

        Response unknown = get("/api/inventory/" + UUID.randomUUID(), admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asString()).isEqualTo("STOCK_NOT_FOUND");
        assertThat(get("/api/inventory/not-a-uuid", admin).json().path("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }

    Response receive(String productId, String key, String body, String token) {
        return ApiClient.onPort(port)
                .send(
                        "POST",
                        "/api/inventory/" + productId + "/receipts",
                        body,
                        "Authorization",
                        "Bearer " + token,
                        "Idempotency-Key",
                        key,
                        "Content-Type",
                        "application/json");
    }

    @Test
    void a_receipt_adds_units_once_however_often_it_is_retried() {
        String admin = ISSUER.token("admin-id", "ADMIN");
        String product = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        Response first = receive(product, key, "{\"quantity\": 40}", admin);
        Response retry = receive(product, key, "{\"quantity\": 40}", admin);
        Response more = receive(product, UUID.randomUUID().toString(), "{\"quantity\": 2}", admin);

        assertThat(first.status())
                .as("a product not stocked yet gets its stock")
                .isEqualTo(200);
        assertThat(first.json().path("available").asInt()).isEqualTo(40);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("available").asInt())
                .as("the first answer, replayed")
                .isEqualTo(40);
        assertThat(more.json().path("available").asInt()).isEqualTo(42);
        assertThat(get("/api/inventory/" + product, admin)
                        .json()
                        .path("available")
                        .asInt())
                .isEqualTo(42);
        assertThat(receive(product, key, "{\"quantity\": 41}", admin)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_receipt_is_for_admins_and_a_bad_one_is_refused_with_the_field_at_fault() {
        String admin = ISSUER.token("admin-id", "ADMIN");
        String key = UUID.randomUUID().toString();

        assertThat(receive(TABLE, key, "{\"quantity\": 5}", ISSUER.token("alice-id", "CUSTOMER"))
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        for (String body :
                new String[] {"{\"quantity\": 0}", "{\"quantity\": 100001}", "{}", "{\"quantity\": \"x\"}"}) {
            Response refused = receive(TABLE, UUID.randomUUID().toString(), body, admin);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("code").asString()).as(body).isEqualTo("VALIDATION_FAILED");
        }
        Response noKey = ApiClient.onPort(port)
                .send(
                        "POST",
                        "/api/inventory/" + TABLE + "/receipts",
                        "{\"quantity\": 5}",
                        "Authorization",
                        "Bearer " + admin,
                        "Content-Type",
                        "application/json");
        assertThat(noKey.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(get("/api/inventory/" + TABLE, admin)
                        .json()
                        .path("available")
                        .asInt())
                .as("nothing refused was added")
                .isEqualTo(1);
    }

    @Test
    void a_receipt_beyond_the_most_units_a_product_may_have_is_refused_and_frees_its_key() {
        String admin = ISSUER.token("admin-id", "ADMIN");
        UUID product = UUID.randomUUID();
        database.sql("INSERT INTO stock_levels (product_id, available, reserved, sold) VALUES (?, ?, 0, 0)")
                .params(product, Stock.MAX_UNITS - 10)
                .update();
        String key = UUID.randomUUID().toString();

        Response refused = receive(product.toString(), key, "{\"quantity\": 11}", admin);
        Response corrected = receive(product.toString(), key, "{\"quantity\": 10}", admin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("STOCK_LIMIT_EXCEEDED");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("available").asInt()).isEqualTo(Stock.MAX_UNITS);
    }
}
