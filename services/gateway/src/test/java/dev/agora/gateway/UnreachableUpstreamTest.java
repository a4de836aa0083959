package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.ClosedPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway when the catalog is down: a clear 503 problem, not a hang nor a 500. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class UnreachableUpstreamTest {

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(registry, "http://127.0.0.1:" + ClosedPort.find());
    }

    @LocalServerPort
    int port;

    @Test
    void answers_503_service_unavailable_when_the_upstream_cannot_be_reached() {
        Response response = ApiClient.onPort(port).get("/api/products");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }

    @Test
    void the_merged_openapi_document_names_the_services_that_did_not_answer() {
        Response docs = ApiClient.onPort(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("x-agora-missing"))
                .extracting(service -> service.asString())
                .containsExactly(
                        "identity", "reviews", "catalog", "users", "inventory", "payments", "orders", "notifications");
    }
}
