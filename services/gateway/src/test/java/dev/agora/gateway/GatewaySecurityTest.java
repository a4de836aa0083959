package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway checks every token it is sent and requires one on protected routes, before calling any service. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewaySecurityTest {

    static final UpstreamStandIn SERVICES = new UpstreamStandIn();

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @DynamicPropertySource
    static void upstreamAndIssuer(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(registry, SERVICES.url());
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(response.json().get("traceId").asString()).isNotBlank();
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.body()).as("the service was not called").doesNotContain("\"path\"");
    }

    @Test
    void browsing_needs_no_token() {
        assertThat(api.get("/api/products?size=1").status()).isEqualTo(200);
    }

    @Test
    void a_protected_route_without_a_token_is_refused_at_the_edge() {
        Response withBody = api.send("POST", "/api/products", "{}", "Content-Type", "application/json");
        assertUnauthorized(withBody);
        assertThat(withBody.header("Connection"))
                .as("the unread body must not stay on a kept-alive connection")
                .contains("close");
        assertUnauthorized(api.send("DELETE", "/api/products/42", null));
        assertUnauthorized(api.get("/api/me"));
    }

    @Test
    void a_valid_token_is_relayed_to_the_service() {
        String token = ISSUER.token("admin-id", "ADMIN");

        Response response = api.send(
                "POST", "/api/products", "{}", "Content-Type", "application/json", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @Test
    void every_forged_token_is_refused_even_on_a_public_route() {
        for (Map.Entry<String, String> forged :
                ISSUER.forgeries("admin-id", "ADMIN").entrySet()) {
            Response browse = api.get("/api/products", "Authorization", "Bearer " + forged.getValue());
            Response create = api.send(
                    "POST",
                    "/api/products",
                    "{}",
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Bearer " + forged.getValue());

            assertThat(browse.status()).as(forged.getKey()).isEqualTo(401);
            assertUnauthorized(create);
            assertThat(create.header("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
        }
    }
}
