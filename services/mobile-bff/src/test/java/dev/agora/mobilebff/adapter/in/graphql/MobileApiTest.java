package dev.agora.mobilebff.adapter.in.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.ClosedPort;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the mobile BFF answers by itself: its limits, its error codes, and what a screen gets when a service is down
 * (here every service is: they answer on a port nothing listens on). The whole API against the running platform is in
 * the system tests (MobileBffThroughGatewayIT).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MobileApiTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String DOWN = "http://127.0.0.1:" + ClosedPort.find();

    @DynamicPropertySource
    static void servicesDown(DynamicPropertyRegistry properties) {
        for (String service : new String[] {"catalog", "inventory", "identity", "orders"}) {
            properties.add("agora.mobile-bff.services." + service, () -> DOWN);
        }
    }

    @LocalServerPort
    int port;

    MobileApi api;

    @BeforeEach
    void connect() {
        api = new MobileApi(ApiClient.onPort(port));
    }

    @Test
    void a_field_whose_service_is_down_is_null_with_its_code_and_the_rest_is_answered() {
        JsonNode answer = api.query("{ products { totalItems } categories { slug } __typename }");

        assertThat(answer.path("data").path("__typename").asString()).isEqualTo("Query");
        assertThat(answer.path("data").path("products").isNull()).isTrue();
        assertThat(answer.path("data").path("categories").isNull()).isTrue();
        assertThat(answer.path("errors")).hasSize(2);
        JsonNode error = answer.path("errors").get(0);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(error.path("extensions").path("service").asString()).isEqualTo("catalog");
        assertThat(error.path("extensions").path("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(error.path("message").asString()).doesNotContain("Exception");
    }

    @Test
    void a_query_nested_deeper_than_the_limit_is_refused_before_anything_is_fetched() {
        Response refused =
                api.ask("{ products(size: 1) { items { related { related { related { related { name } } } } } } }");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode answer = refused.json();

        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull())
                .isTrue();
        assertThat(answer.path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("QUERY_TOO_DEEP");
        assertThat(answer.path("errors").get(0).path("message").asString())
                .contains("7 deep")
                .contains("6");
    }

    @Test
    void a_query_that_would_fetch_more_than_the_limit_is_refused_before_anything_is_fetched() {
        // Depth 5, but a hundred products with four related ones each, and four of each of those: 2201 fields.
        Response refused = api.ask("{ products(size: 100) { items { related { related { name } } } } }");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode answer = refused.json();
        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull())
                .isTrue();
        assertThat(answer.path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(answer.path("errors").get(0).path("message").asString())
                .contains("2201")
                .contains("1000");
    }

    @Test
    void a_home_screen_of_twenty_products_is_within_the_limits() {
        JsonNode answer = api.query("{ products(size: 20) { totalItems items { id name description category"
                + " price { amount currency } stock { state unitsLeft } } } categories { slug name } me { name } }");

        assertThat(answer.path("errors"))
                .extracting(error -> error.path("extensions").path("code").asString())
                .as("refused only by the services, down here")
                .containsOnly("SERVICE_UNAVAILABLE");
    }

    @Test
    void an_argument_that_does_not_bind_is_refused_with_validation_failed() {
        JsonNode answer = api.query("{ order(id: \"not-a-uuid\") { id } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void a_query_that_is_not_valid_is_refused_with_validation_failed() {
        JsonNode answer = api.query("{ products { price } }");

        assertThat(answer.path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void outside_production_the_schema_can_be_explored() {
        JsonNode answer = api.query("{ __schema { queryType { name } } }");

        assertThat(answer.path("data")
                        .path("__schema")
                        .path("queryType")
                        .path("name")
                        .asString())
                .isEqualTo("Query");
    }
}
