package dev.agora.catalog.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The catalog's REST API over real HTTP, on the seeded products, with an in-memory H2 database. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:catalog-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "management.endpoint.health.group.readiness.show-components=always"
        })
class CatalogApiTest {

    static final String SKILLET = "4287c6a1-5bbe-5641-9482-f6614a843bb7";

    /** Identity's keys, which the catalog fetches before it reports ready. */
    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    @Test
    void lists_the_first_page_of_seeded_products_with_the_page_shape() {
        JsonNode page = api.get("/api/products").json();

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(50);
        assertThat(page.get("totalPages").asLong())
                .isEqualTo((page.get("totalItems").asLong() + 19) / 20);
    }

    @Test
    void pages_do_not_overlap_and_together_hold_every_product() {
        List<String> ids = new ArrayList<>();
        JsonNode first = api.get("/api/products?size=7").json();
        long pages = first.get("totalPages").asLong();
        for (int page = 0; page < pages; page++) {
            api.get("/api/products?size=7&page=" + page)
                    .json()
                    .get("items")
                    .forEach(item -> ids.add(item.get("id").asString()));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(first.get("totalItems").asInt());
    }

    @Test
    void a_page_past_the_end_is_empty_not_an_error() {
        Response response = api.get("/api/products?page=999");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
    }

    @Test
    void refuses_a_page_size_over_100_naming_the_field() {
        Response response = api.get("/api/products?size=101");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void searches_name_and_description_whatever_the_case() {
        JsonNode byName = api.get("/api/products?q=LAMP&size=100").json();
        JsonNode byDescription = api.get("/api/products?q=noise%20cancelling").json();

        assertThat(byName.get("items"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat((item.get("name").asString() + " "
                                        + item.get("description").asString())
                                .toLowerCase())
                        .contains("lamp"));
        assertThat(byDescription.get("items"))
                .extracting(item -> item.get("name").asString())
                .containsExactly("Wireless headphones");
    }

    @Test
    void treats_like_wildcards_in_the_search_text_as_plain_characters() {
        assertThat(api.get("/api/products?q=%25").json().get("totalItems").asLong())
                .isZero();
    }

    @Test
    void filters_by_category_and_sorts_by_price() {
        JsonNode page = api.get("/api/products?category=kitchen&sort=price,asc&size=100")
                .json();

        List<BigDecimal> prices = new ArrayList<>();
        page.get("items").forEach(item -> {
            assertThat(item.get("category").asString()).isEqualTo("kitchen");
            prices.add(new BigDecimal(item.get("price").get("amount").asString()));
        });
        assertThat(prices).isNotEmpty().isSorted();
    }

    @Test
    void refuses_an_unknown_sort_field() {
        Response response = api.get("/api/products?sort=secret,asc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void shows_one_product_with_its_price_as_a_decimal_string_and_a_strong_etag() {
        Response response = api.get("/api/products/" + SKILLET);

        assertThat(response.status()).isEqualTo(200);
        JsonNode product = response.json();
        assertThat(product.get("sku").asString()).isEqualTo("KIT-001");
        assertThat(product.get("price").get("amount").isString()).isTrue();
        assertThat(product.get("price").get("amount").asString()).isEqualTo("39.90");
        assertThat(product.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(product.get("version").asLong()).isEqualTo(1);
        assertThat(response.header("ETag"))
                .hasValueSatisfying(etag -> assertThat(etag).startsWith("\"").doesNotStartWith("W/"));
    }

    @Test
    void answers_304_when_the_etag_still_matches() {
        String etag = api.get("/api/products/" + SKILLET).header("ETag").orElseThrow();

        Response response = api.get("/api/products/" + SKILLET, "If-None-Match", etag);

        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(api.get("/api/products/" + SKILLET, "If-None-Match", "\"999\"")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_product_is_a_product_not_found_problem() {
        Response response = api.get("/api/products/00000000-0000-0000-0000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(problem.get("type").asString()).isEqualTo("urn:agora:problem:product-not-found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/products/00000000-0000-0000-0000-000000000000");
        assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void a_malformed_product_id_is_a_validation_failure() {
        Response response = api.get("/api/products/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void lists_at_least_six_categories_with_their_product_counts() {
        JsonNode categories = api.get("/api/categories").json().get("items");

        assertThat(categories).hasSizeGreaterThanOrEqualTo(6);
        long total = 0;
        for (JsonNode category : categories) {
            total += category.get("productCount").asLong();
        }
        assertThat(total)
                .isEqualTo(api.get("/api/products").json().get("totalItems").asLong());
    }

    @Test
    void readiness_includes_the_database_and_the_warm_ups() {
        // Ready once the catalog has answered its own first requests (agora.warm-up.paths), a moment after it started.
        Response readiness = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/actuator/health/readiness"), response -> response.status() == 200);

        assertThat(readiness.json().get("components").has("db")).isTrue();
        assertThat(readiness.json().get("components").has("warmUp")).isTrue();
    }

    @Test
    void publishes_its_openapi_document() {
        JsonNode docs = api.get("/v3/api-docs").json();

        assertThat(docs.get("paths").has("/api/products/{id}")).isTrue();
        assertThat(docs.get("paths").has("/api/categories")).isTrue();
    }
}
