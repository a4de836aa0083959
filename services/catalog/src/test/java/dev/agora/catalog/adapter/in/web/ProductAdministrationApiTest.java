package dev.agora.catalog.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.platform.api.RequestFingerprint;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins add, change and remove products over real HTTP, with tokens checked against a real JWKS endpoint. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:catalog-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ProductAdministrationApiTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ADMIN = ISSUER.token("admin-id", "ADMIN");
    static final String OTHER_ADMIN = ISSUER.token("other-admin-id", "ADMIN");
    static final String CUSTOMER = ISSUER.token("alice-id", "CUSTOMER");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient database;

    @Autowired
    JsonMapper json;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    static String lamp(String sku, String amount) {
        return """
                {"sku": "%s", "name": "Brass desk lamp", "description": "A lamp.", "category": "lighting",
                 "price": {"amount": "%s", "currency": "EUR"}, "imageUrl": "https://img.agora.test/lamp.jpg"}""".formatted(sku, amount);
    }

    static String uniqueSku() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Response add(String token, String key, String body) {
        return key == null
                ? api.send(
                        "POST",
                        "/api/products",
                        body,
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer " + token)
                : api.send(
                        "POST",
                        "/api/products",
                        body,
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer " + token,
                        "Idempotency-Key",
                        key);
    }

    /** An admin adds a product with a key of its own: each call is a new request. */
    Response addAsAdmin(String body) {
        return add(ADMIN, UUID.randomUUID().toString(), body);
    }

    Response change(String method, String path, String token, String ifMatch, String body) {
        List<String> headers = new java.util.ArrayList<>(
                List.of("Content-Type", "application/json", "Authorization", "Bearer " + token));
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        return api.send(method, path, body, headers.toArray(String[]::new));
    }

    /** The fingerprint the catalog keeps for this body: of the request as it read it. */
    String fingerprintOf(String body) {
        return RequestFingerprint.of(json.writeValueAsString(json.readValue(body, ProductRequest.class)));
    }

    static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    @Test
    void an_admin_adds_a_product_and_a_retry_with_the_same_key_gets_the_same_answer() {
        String key = UUID.randomUUID().toString();
        String body = lamp(uniqueSku(), "49.90");

        Response first = add(ADMIN, key, body);
        Response retry = add(ADMIN, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).contains("\"1\"");
        String location = first.header("Location").orElseThrow();
        assertThat(api.get(location).json().get("price").get("amount").asString())
                .isEqualTo("49.90");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).contains(location);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void the_same_key_with_another_body_is_422_and_no_key_is_400() {
        String key = UUID.randomUUID().toString();
        add(ADMIN, key, lamp(uniqueSku(), "10.00"));

        assertProblem(add(ADMIN, key, lamp(uniqueSku(), "11.00")), 422, "IDEMPOTENCY_KEY_REUSED");
        Response noKey = add(ADMIN, null, lamp(uniqueSku(), "10.00"));
        assertProblem(noKey, 400, "VALIDATION_FAILED");
        assertThat(noKey.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void a_key_left_claimed_by_a_crashed_request_is_409_until_its_claim_times_out_then_the_retry_adds_the_product() {
        String key = UUID.randomUUID().toString();
        String body = lamp(uniqueSku(), "15.00");
        // What a request that crashed between claiming its key and answering leaves: the claim, and no answer.
        database.sql("""
                        INSERT INTO idempotent_requests (caller, idempotency_key, fingerprint, claim_token, claimed_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params("admin-id", key, fingerprintOf(body), UUID.randomUUID(), Timestamp.from(Instant.now()))
                .update();

        assertProblem(add(ADMIN, key, body), 409, "CONFLICT");

        database.sql("UPDATE idempotent_requests SET claimed_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), key)
                .update();
        Response retry = add(ADMIN, key, body);
        Response again = add(ADMIN, key, body);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.header("ETag")).contains("\"1\"");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(retry.header("Location"));
        assertThat(again.body()).isEqualTo(retry.body());
    }

    @Test
    void only_an_admin_may_change_the_catalog() {
        assertProblem(add(CUSTOMER, UUID.randomUUID().toString(), lamp(uniqueSku(), "1.00")), 403, "FORBIDDEN");
        assertProblem(
                api.send("POST", "/api/products", lamp(uniqueSku(), "1.00"), "Content-Type", "application/json"),
                401,
                "UNAUTHORIZED");
        assertThat(api.get("/api/products?size=1").status())
                .as("browsing stays public")
                .isEqualTo(200);
    }

    @Test
    void refuses_invalid_products_naming_each_bad_field() {
        String body = """
                {"sku": "ok-1", "name": "%s", "category": "lighting", "price": {"amount": "12.345", "currency": "eur"}}""".formatted("x".repeat(201));

        Response response = addAsAdmin(body);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().get("errors"))
                .extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("name", "price.amount", "price.currency");
        assertProblem(addAsAdmin(lamp(uniqueSku(), "0")), 400, "VALIDATION_FAILED");
        assertProblem(addAsAdmin(lamp(uniqueSku(), "1.00").replace("EUR", "XYZ")), 400, "VALIDATION_FAILED");
        assertProblem(
                addAsAdmin(lamp(uniqueSku(), "1.00").replace("{\"sku\"", "{\"stock\": 5, \"sku\"")),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                addAsAdmin(lamp(uniqueSku(), "1.00").replace("lighting", "no-such-category")),
                400,
                "VALIDATION_FAILED");
    }

    @Test
    void accepts_a_currency_without_decimals_and_refuses_a_blank_name_or_a_metal() {
        String yen = lamp(uniqueSku(), "1200.00").replace("EUR", "JPY");
        assertThat(addAsAdmin(yen).status()).isEqualTo(201);
        assertProblem(addAsAdmin(lamp(uniqueSku(), "1.50").replace("EUR", "JPY")), 400, "VALIDATION_FAILED");
        assertProblem(addAsAdmin(lamp(uniqueSku(), "1.00").replace("EUR", "XAU")), 400, "VALIDATION_FAILED");
        assertProblem(
                addAsAdmin(lamp(uniqueSku(), "1.00").replace("Brass desk lamp", "\u2003")), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_taken_sku_is_409() {
        String sku = uniqueSku();
        addAsAdmin(lamp(sku, "5.00"));

        assertProblem(addAsAdmin(lamp(sku, "6.00")), 409, "SKU_EXISTS");
    }

    @Test
    void a_change_needs_the_current_etag_and_the_slower_of_two_admins_gets_412() {
        String sku = uniqueSku();
        String path = addAsAdmin(lamp(sku, "20.00")).header("Location").orElseThrow();
        String etagBothRead = api.get(path).header("ETag").orElseThrow();

        assertProblem(change("PUT", path, ADMIN, null, lamp(sku, "21.00")), 428, "PRECONDITION_REQUIRED");
        Response first = change("PUT", path, ADMIN, etagBothRead, lamp(sku, "21.00"));
        Response second = change("PUT", path, OTHER_ADMIN, etagBothRead, lamp(sku, "22.00"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).contains("\"2\"");
        assertProblem(second, 412, "PRECONDITION_FAILED");
        JsonNode stored = api.get(path).json();
        assertThat(stored.get("price").get("amount").asString())
                .as("the slower change was not applied")
                .isEqualTo("21.00");
    }

    @Test
    void a_removal_needs_the_current_etag_too() {
        String path = addAsAdmin(lamp(uniqueSku(), "3.00")).header("Location").orElseThrow();

        assertProblem(change("DELETE", path, ADMIN, null, null), 428, "PRECONDITION_REQUIRED");
        assertProblem(change("DELETE", path, ADMIN, "\"7\"", null), 412, "PRECONDITION_FAILED");
        assertProblem(change("DELETE", path, CUSTOMER, "\"1\"", null), 403, "FORBIDDEN");
        assertThat(change("DELETE", path, ADMIN, "\"1\"", null).status()).isEqualTo(204);
        assertProblem(api.get(path), 404, "PRODUCT_NOT_FOUND");
    }
}
