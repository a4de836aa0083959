package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.ClosedPort;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway given other routes than the usual public API: it routes what its configuration lists, only that, and merges
 * the API documents of the services those routes go to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ConfiguredRoutesTest {

    static final UpstreamStandIn EXTRAS = new UpstreamStandIn("extras", 0);

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String ledger = "http://127.0.0.1:" + ClosedPort.find();
        TestRoutes.register(
                registry,
                List.of(TestRoutes.to("extras", "/api/extra/**"), TestRoutes.to("ledger", "/api/ledger/**")),
                service -> service.equals("ledger") ? ledger : EXTRAS.url());
    }

    @AfterAll
    static void stop() {
        EXTRAS.close();
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    @Test
    void routes_a_path_that_only_its_configuration_lists() {
        Response response = api.get("/api/extra/things");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Served-By")).contains("extras");
        assertThat(response.json().get("path").asString()).isEqualTo("/api/extra/things");
    }

    @Test
    void a_public_path_its_configuration_does_not_list_is_a_not_found_problem() {
        for (String path : new String[] {"/api/products", "/api/orders", "/login", "/api/extras"}) {
            Response response = api.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).as(path).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void the_merged_openapi_document_is_that_of_the_routed_services() {
        Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/products"))
                .as("the stand-in's document")
                .isTrue();
        assertThat(docs.json().get("x-agora-missing"))
                .as("configured, unreachable; no service of the usual public API")
                .extracting(service -> service.asString())
                .containsExactly("ledger");
    }
}
