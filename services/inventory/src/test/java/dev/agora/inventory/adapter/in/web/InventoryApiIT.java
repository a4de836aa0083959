package dev.agora.inventory.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The stock view over real HTTP, with tokens checked against a real JWKS endpoint: admins only. */
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
    void a_product_without_stock_is_not_found_and_a_malformed_id_is_invalid() {
        String admin = ISSUER.token("admin-id", "ADMIN");

        Response unknown = get("/api/inventory/" + UUID.randomUUID(), admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asString()).isEqualTo("STOCK_NOT_FOUND");
        assertThat(get("/api/inventory/not-a-uuid", admin).json().path("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }
}
