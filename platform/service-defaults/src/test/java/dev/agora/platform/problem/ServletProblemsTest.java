package dev.agora.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What any servlet service gets from service-defaults, seen from a client over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=sample")
@ExtendWith(OutputCaptureExtension.class)
class ServletProblemsTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String[] SIGNED_IN = {"Authorization", "Bearer " + ISSUER.token("someone")};

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    static JsonNode problem(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:agora:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
        assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
        return problem;
    }

    @Test
    void lists_every_invalid_body_field_in_errors() {
        Response response = api.send("POST", "/things", """
                {"name": "", "quantity": 0, "tags": ["ok", " "]}""", "Content-Type", "application/json");

        JsonNode problem = problem(response, 400, "VALIDATION_FAILED");
        assertThat(problem.get("errors"))
                .extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("name", "quantity", "tags[1]");
    }

    @Test
    void names_an_unknown_body_field() {
        Response response = api.send("POST", "/things", """
                {"name": "lamp", "quantity": 1, "price": "0.01"}""", "Content-Type", "application/json");

        JsonNode problem = problem(response, 400, "VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("price");
    }

    @Test
    void refuses_a_body_that_is_not_json() {
        problem(api.send("POST", "/things", "{not json", "Content-Type", "application/json"), 400, "VALIDATION_FAILED");
    }

    @Test
    void validates_query_parameters() {
        JsonNode tooLarge = problem(api.get("/things?size=101"), 400, "VALIDATION_FAILED");
        JsonNode notANumber = problem(api.get("/things?size=many"), 400, "VALIDATION_FAILED");
        JsonNode missing = problem(api.get("/things"), 400, "VALIDATION_FAILED");

        assertThat(tooLarge.get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(notANumber.get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
        assertThat(missing.get("errors").get(0).get("message").asString()).isEqualTo("is required");
    }

    @Test
    void maps_a_service_exception_to_its_own_code_with_its_message() {
        JsonNode problem = problem(api.get("/things/00000000-0000-0000-0000-000000000001"), 404, "THING_NOT_FOUND");

        assertThat(problem.get("detail").asString())
                .isEqualTo("No thing has the id 00000000-0000-0000-0000-000000000001.");
        assertThat(problem.get("type").asString()).isEqualTo("urn:agora:problem:thing-not-found");
    }

    @Test
    void answers_framework_failures_with_their_codes() {
        problem(api.get("/nothing-here", SIGNED_IN), 404, "NOT_FOUND");
        Response wrongMethod = api.send("DELETE", "/things", null);
        problem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.header("Allow")).isPresent();
        problem(api.send("POST", "/things", "name=lamp", "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(
                api.get("/things/00000000-0000-0000-0000-000000000001", "Accept", "application/xml"),
                406,
                "NOT_ACCEPTABLE");
    }

    @Test
    void an_unexpected_failure_is_internal_error_without_stack_trace_or_exception_text(CapturedOutput output) {
        Response response = api.get("/boom");

        JsonNode problem = problem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body())
                .doesNotContain("hunter2")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at dev.agora");
        assertThat(output.getOut())
                .as("the server logs the failure with the trace id the client got")
                .contains(problem.get("traceId").asString())
                .contains("IllegalStateException");
    }

    @Test
    void a_failure_outside_any_controller_is_a_problem_too() {
        Response response = api.get("/things?size=1", "X-Explode", "yes");

        problem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("Exception");
    }

    @Test
    void serves_liveness_and_readiness_probes() {
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void exposes_prometheus_metrics_with_http_server_requests_tagged_by_service() {
        api.get("/things?size=1");

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_count").contains("service=\"sample\"");
        assertThat(metrics).as("no observation per security filter").doesNotContain("spring_security_");
    }

    @Test
    void shows_its_circuit_breakers_to_operations_without_a_token() {
        Response breakers = api.get("/actuator/breakers");

        assertThat(breakers.status()).isEqualTo(200);
        assertThat(breakers.json().isArray()).isTrue();
    }

    @Test
    void keeps_every_other_actuator_endpoint_off() {
        for (String endpoint :
                new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "info", "chaos"}) {
            assertThat(api.get("/actuator/" + endpoint, SIGNED_IN).status())
                    .as(endpoint)
                    .isEqualTo(404);
        }
    }

    @Test
    void serves_requests_on_virtual_threads() {
        assertThat(api.get("/things?size=1").json().get("virtualThread").asBoolean())
                .isTrue();
    }

    @Test
    void logs_one_json_object_per_line_with_trace_id_and_service(CapturedOutput output) {
        api.get("/things?size=7");

        assertThat(output.getOut().lines().filter(line -> line.contains("Listing things")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("{")
                        .contains("\"traceId\":\"")
                        .contains("\"service\":\"sample\"")
                        .contains("\"size\":7"));
    }
}
