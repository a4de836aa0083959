package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway over real HTTP, in front of a real HTTP server standing in for the catalog. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "agora.resilience.calls.http-route.deadline=1s"})
@ExtendWith(OutputCaptureExtension.class)
class GatewayTest {

    static final UpstreamStandIn CATALOG = new UpstreamStandIn();

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(registry, CATALOG.url());
    }

    @AfterAll
    static void stopUpstream() {
        CATALOG.close();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    @Test
    void routes_each_public_path_to_its_service() {
        assertThat(api.get("/api/products?size=1").json().get("path").asString())
                .isEqualTo("/api/products");
        assertThat(api.get("/api/products/42").json().get("path").asString()).isEqualTo("/api/products/42");
        assertThat(api.get("/api/categories").json().get("path").asString()).isEqualTo("/api/categories");
        assertThat(api.get("/api/categories/kitchen").json().get("path").asString())
                .isEqualTo("/api/categories/kitchen");
        assertThat(api.send("POST", "/api/accounts", "{}", "Content-Type", "application/json")
                        .json()
                        .get("path")
                        .asString())
                .isEqualTo("/api/accounts");
    }

    @Test
    void an_unrouted_path_is_a_not_found_problem() {
        Response response = api.get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(response.json().get("traceId").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void never_exposes_actuator_on_the_public_port() {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
            Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("UP");
        }
        assertThat(ApiClient.onPort(managementPort)
                        .get("/actuator/health/liveness")
                        .status())
                .as("health on the management port")
                .isEqualTo(200);
    }

    @Test
    void refuses_paths_that_climb_out_of_a_route_instead_of_forwarding_them() {
        for (String path : new String[] {
            "/api/products/../../actuator/env",
            "/api/products/%2e%2e/%2e%2e/actuator/env",
            "/api/products/..%2f..%2factuator/env",
            "/api/products/./x",
            "/api/products/..%5c..%5cactuator",
            "/api/products/..;/..;/actuator/prometheus",
            "/api/products/1;jsessionid=x"
        }) {
            Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().get("code").asString()).as(path).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void generates_a_request_id_and_passes_it_upstream_and_back() {
        Response response = api.get("/api/products");

        String id = response.header("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.json().get("requestId").asString()).isEqualTo(id);
    }

    @Test
    void answers_the_trace_id_it_passed_upstream_in_traceparent() {
        Response response = api.get("/api/products");

        String traceId = response.header("X-Trace-Id").orElseThrow();
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(response.json().get("traceparent").asString()).matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void continues_the_trace_a_client_sends() {
        String clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736";

        Response response = api.get("/api/products", "traceparent", "00-" + clientTrace + "-00f067aa0ba902b7-01");

        assertThat(response.header("X-Trace-Id")).contains(clientTrace);
        assertThat(response.json().get("traceparent").asString())
                .startsWith("00-" + clientTrace + "-")
                .as("the gateway's own span is the parent of the service's")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void gives_a_problem_the_trace_id_of_its_response() {
        Response response = api.get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("X-Trace-Id"))
                .contains(response.json().get("traceId").asString());
    }

    @Test
    void keeps_a_well_formed_request_id_and_replaces_a_malformed_one() {
        Response kept = api.get("/api/products", "X-Request-Id", "checkout-42.a");
        Response replaced = api.get("/api/products", "X-Request-Id", "bad id <script>");
        Response tooLong = api.get("/api/products", "X-Request-Id", "a".repeat(200));

        assertThat(kept.header("X-Request-Id")).contains("checkout-42.a");
        assertThat(kept.json().get("requestId").asString()).isEqualTo("checkout-42.a");
        assertThat(replaced.header("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(tooLong.header("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(replaced.json().get("requestId").asString())
                .as("the service gets the id the client is answered with, never the malformed one")
                .isEqualTo(replaced.header("X-Request-Id").orElseThrow());
    }

    @Test
    void sends_security_headers_on_routed_and_error_responses() {
        Stream.of(api.get("/api/products"), api.get("/nowhere")).forEach(response -> {
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.header("X-Frame-Options")).contains("DENY");
            assertThat(response.header("Referrer-Policy")).contains("no-referrer");
            assertThat(response.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        });
    }

    @Test
    void keeps_the_content_security_and_referrer_policies_a_page_is_sent_with() {
        Response page = api.get("/products/42");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(UpstreamStandIn.PAGE_POLICY);
        assertThat(page.headers().allValues("Referrer-Policy"))
                .as("a page's forms post their origin, which no-referrer would make null")
                .containsExactly("same-origin");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void refuses_a_declared_body_over_one_mebibyte_with_413() {
        Response response =
                api.send("POST", "/api/accounts", "x".repeat(1024 * 1024 + 1), "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void refuses_a_chunked_body_once_it_passes_one_mebibyte() {
        byte[] twoMebibytes = new byte[2 * 1024 * 1024];
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMebibytes)))
                .build();

        Response response = api.send(chunked);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void passes_a_body_under_the_limit_through() {
        Response response = api.send("POST", "/api/accounts", "x".repeat(1000), "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("bytes").asInt()).isEqualTo(1000);
    }

    @Test
    void answers_504_when_the_upstream_is_slower_than_the_route_timeout() {
        Response response = api.get("/api/products/slow");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.json().get("code").asString()).isEqualTo("UPSTREAM_TIMEOUT");
    }

    @Test
    void allows_cors_from_the_configured_origin_only() {
        Response allowed = api.send(
                "OPTIONS",
                "/api/products",
                null,
                "Origin",
                "http://localhost:3000",
                "Access-Control-Request-Method",
                "GET");
        Response refused = api.send(
                "OPTIONS",
                "/api/products",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "GET");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void writes_one_json_access_log_line_per_request(CapturedOutput output) {
        api.get("/api/categories", "X-Request-Id", "access-log-test");

        assertThat(output.getOut().lines().filter(line -> line.contains("\"requestId\":\"access-log-test\"")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("{")
                        .contains("\"method\":\"GET\"")
                        .contains("\"path\":\"/api/categories\"")
                        .contains("\"status\":200")
                        .contains("\"durationMs\":")
                        .contains("\"traceId\":\"")
                        .contains("\"upstream\":\"" + CATALOG.url() + "\""));
    }

    @Test
    void serves_the_merged_openapi_document_of_the_routed_services() {
        Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Agora API");
        assertThat(docs.json().get("paths").has("/api/products")).isTrue();
        assertThat(docs.json().get("components").get("schemas").has("ProductResponse"))
                .isTrue();
    }
}
