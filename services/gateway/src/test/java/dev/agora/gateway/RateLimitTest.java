package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Token buckets at the gateway, over real HTTP: per signed-in user, per address for anonymous calls and sign-in, per
 * route where one is configured. The buckets refill slowly here (per minute), so that the test sees exact counts.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "agora.gateway.rate-limits.per-caller.requests=5",
            "agora.gateway.rate-limits.per-caller.per=1m",
            "agora.gateway.rate-limits.per-caller.burst=5",
            "agora.gateway.rate-limits.routes.inventory.requests=2",
            "agora.gateway.rate-limits.routes.inventory.per=1m",
            "agora.gateway.rate-limits.routes.inventory.burst=2"
        })
class RateLimitTest {

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

    @Test
    void every_response_says_how_much_of_the_bucket_is_left() {
        String user = token();

        Response first = asUser(user, "/api/products");
        Response second = asUser(user, "/api/products");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Limit")).hasValue("5");
        assertThat(first.header("X-RateLimit-Remaining")).hasValue("4");
        assertThat(second.header("X-RateLimit-Remaining")).hasValue("3");
        // Two tokens short of full, at five a minute: back to full in 24 s.
        assertThat(second.header("X-RateLimit-Reset")).hasValue("24");
    }

    @Test
    void a_flooding_user_is_refused_with_429_while_another_user_is_not() {
        String flooder = token();
        String neighbour = token();

        List<Integer> flood = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            flood.add(asUser(flooder, "/api/products").status());
        }
        Response refused = asUser(flooder, "/api/products");

        assertThat(flood).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(refused.json().get("detail").asString()).contains("5 requests per caller every 1m");
        // One token comes back every 12 s.
        assertThat(refused.header("Retry-After")).hasValue("12");
        assertThat(refused.header("X-RateLimit-Remaining")).hasValue("0");
        for (int i = 0; i < 5; i++) {
            assertThat(asUser(neighbour, "/api/products").status())
                    .as("the neighbour's own bucket")
                    .isEqualTo(200);
        }
    }

    @Test
    void a_route_with_its_own_limit_has_its_own_bucket() {
        String user = token();

        assertThat(asUser(user, "/api/inventory/lamp").status()).isEqualTo(200);
        assertThat(asUser(user, "/api/inventory/lamp").status()).isEqualTo(200);
        assertThat(asUser(user, "/api/inventory/lamp").status()).isEqualTo(429);
        assertThat(asUser(user, "/api/products").status())
                .as("the caller's bucket for other routes is untouched")
                .isEqualTo(200);
    }

    @Test
    void sign_in_attempts_are_limited_to_five_a_minute_per_address() {
        List<Integer> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(ApiClient.onPort(port)
                    .send(
                            "POST",
                            "/login",
                            "username=alice%40agora.test&password=wrong",
                            "Content-Type",
                            "application/x-www-form-urlencoded")
                    .status());
        }
        assertThat(attempts.subList(0, 5)).as("passed on to identity").doesNotContain(429);
        assertThat(attempts.get(5)).isEqualTo(429);
    }

    @Test
    void anonymous_calls_share_the_bucket_of_their_address() {
        // Other tests' anonymous calls come from the same address: only the total is known, so flood until refused.
        Response last = null;
        for (int i = 0; i < 10 && (last == null || last.status() != 429); i++) {
            last = ApiClient.onPort(port).get("/api/categories");
        }
        assertThat(last).isNotNull();
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("code").asString()).isEqualTo("RATE_LIMITED");
    }

    private String token() {
        return ISSUER.token("user-" + UUID.randomUUID(), "CUSTOMER");
    }

    private Response asUser(String token, String path) {
        return ApiClient.onPort(port).get(path, "Authorization", "Bearer " + token);
    }
}
