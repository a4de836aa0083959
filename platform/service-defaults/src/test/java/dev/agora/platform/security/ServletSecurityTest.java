package dev.agora.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.platform.warmup.WarmUps;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** How a servlet service checks bearer tokens, over real HTTP, with keys fetched from a real JWKS endpoint. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=sample")
class ServletSecurityTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    WarmUps warmUps;

    @BeforeEach
    void connect() {
        // Ready first, as a caller would be: the service's own fetch of the keys must not land among those counted.
        await().atMost(Duration.ofSeconds(10)).until(warmUps::isDone);
        api = ApiClient.onPort(port);
    }

    static Response as(ApiClient api, String path, String token) {
        return api.get(path, "Authorization", "Bearer " + token);
    }

    static JsonNode problem(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
        return problem;
    }

    @Test
    void a_public_endpoint_needs_no_token() {
        assertThat(api.get("/things?size=1").status()).isEqualTo(200);
    }

    @Test
    void a_protected_endpoint_without_a_token_is_401_with_a_bearer_challenge() {
        Response response = api.get("/me");

        problem(response, 401, "UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void an_endpoint_no_rule_names_needs_a_token() {
        problem(api.get("/anything-not-declared"), 401, "UNAUTHORIZED");
    }

    @Test
    void a_valid_token_names_the_caller_and_its_roles() {
        JsonNode me = as(api, "/me", ISSUER.token("alice-id", "CUSTOMER")).json();

        assertThat(me.get("name").asString()).isEqualTo("alice-id");
        assertThat(me.get("authorities")).extracting(JsonNode::asString).contains("ROLE_CUSTOMER");
    }

    @Test
    void a_valid_token_without_the_role_is_403() {
        problem(as(api, "/admin/things", ISSUER.token("alice-id", "CUSTOMER")), 403, "FORBIDDEN");
        assertThat(as(api, "/admin/things", ISSUER.token("admin-id", "ADMIN")).status())
                .isEqualTo(200);
    }

    @Test
    void every_forged_token_is_refused_even_where_none_is_needed() {
        for (Map.Entry<String, String> forged :
                ISSUER.forgeries("admin-id", "ADMIN").entrySet()) {
            for (String path : new String[] {"/admin/things", "/things?size=1"}) {
                Response response = as(api, path, forged.getValue());
                assertThat(response.status())
                        .as(forged.getKey() + " on " + path)
                        .isEqualTo(401);
                assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
                assertThat(response.header("WWW-Authenticate"))
                        .as(forged.getKey())
                        .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
            }
        }
    }

    @Test
    void a_malformed_authorization_header_is_401() {
        problem(api.get("/me", "Authorization", "Bearer "), 401, "UNAUTHORIZED");
        problem(api.get("/me", "Authorization", "Bearer a b"), 401, "UNAUTHORIZED");
    }

    @Test
    void the_keys_are_fetched_once_and_cached() {
        String token = ISSUER.token("alice-id", "CUSTOMER");
        as(api, "/me", token);
        int fetched = ISSUER.jwksRequests();

        for (int i = 0; i < 5; i++) {
            assertThat(as(api, "/me", token).status()).isEqualTo(200);
        }

        assertThat(ISSUER.jwksRequests()).isEqualTo(fetched);
    }
}
