package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A route's deadline passed counts against the service's breaker on its own, not only as a slow call: here the
 * slow-call time is above the deadline.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "agora.resilience.calls.http-route.deadline=1s",
            "agora.resilience.calls.http-route.breaker.slow-call=60s",
            "agora.gateway.rate-limits.enabled=false"
        })
class UpstreamTimeoutBreakerTest {

    static final UpstreamStandIn SERVICES = new UpstreamStandIn();

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(registry, SERVICES.url());
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;

    @Test
    void five_timeouts_open_the_breaker() {
        ApiClient api = ApiClient.onPort(port);
        for (int i = 0; i < 5; i++) {
            Response timedOut = api.get("/api/products/slow"); // 3 s upstream, 1 s deadline
            assertThat(timedOut.status()).isEqualTo(504);
            assertThat(timedOut.json().get("code").asString()).isEqualTo("UPSTREAM_TIMEOUT");
        }

        Response refused = api.get("/api/products");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("paused after repeated failures");
    }
}
