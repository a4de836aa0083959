package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A breaker per service at the gateway: a service that keeps failing, or answers too slowly, is not called for a while;
 * its requests get 503 at once, and calls resume on their own once it is well, with as many at once as at first.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "agora.resilience.calls.http-route.breaker.open-for=1s",
            "agora.gateway.rate-limits.enabled=false"
        })
class UpstreamBreakerTest {

    /** The catalog answers with this status; payments answers after this many milliseconds. */
    static final AtomicInteger CATALOG_STATUS = new AtomicInteger(200);

    static final AtomicInteger PAYMENTS_DELAY = new AtomicInteger(0);
    static final AtomicInteger INVENTORY_STATUS = new AtomicInteger(200);
    static final AtomicInteger CATALOG_CALLS = new AtomicInteger();
    static final AtomicInteger PAYMENTS_CALLS = new AtomicInteger();
    static final HttpServer SERVICES = services();

    static HttpServer services() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/api/inventory", exchange -> {
                exchange.sendResponseHeaders(INVENTORY_STATUS.get(), -1);
                exchange.close();
            });
            server.createContext("/api/products", exchange -> {
                CATALOG_CALLS.incrementAndGet();
                exchange.sendResponseHeaders(CATALOG_STATUS.get(), -1);
                exchange.close();
            });
            server.createContext("/api/payments", exchange -> {
                PAYMENTS_CALLS.incrementAndGet();
                try {
                    Thread.sleep(PAYMENTS_DELAY.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(
                registry, "http://127.0.0.1:" + SERVICES.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SERVICES.stop(0);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void a_failing_service_is_left_alone_for_a_while_then_called_again() {
        ApiClient api = ApiClient.onPort(port);
        CATALOG_STATUS.set(500);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/products").status()).isEqualTo(500);
        }
        int calledBefore = CATALOG_CALLS.get();

        Response refused = api.get("/api/products");

        assertThat(CATALOG_CALLS.get())
                .as("an open breaker does not call the service")
                .isEqualTo(calledBefore);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(refused.json().get("detail").asString()).contains("paused after repeated failures");
        assertThat(refused.header("Retry-After")).hasValue("1");
        assertThat(breaker("catalog").get("state").asString()).isEqualTo("OPEN");

        CATALOG_STATUS.set(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/products").status() == 200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            api.get("/api/products");
            assertThat(breaker("catalog").get("state").asString()).isEqualTo("CLOSED");
        });
    }

    @Test
    void a_service_that_says_503_of_itself_is_not_counted_as_failing() {
        ApiClient api = ApiClient.onPort(port);
        INVENTORY_STATUS.set(503);
        for (int i = 0; i < 8; i++) {
            assertThat(api.get("/api/inventory/lamp").status()).isEqualTo(503);
        }
        assertThat(breaker("inventory").get("state").asString()).isEqualTo("CLOSED");
        assertThat(breaker("inventory").get("failureRate").asDouble()).isZero();
    }

    @Test
    void a_slow_service_counts_as_failing_is_answered_for_fast_and_once_well_gets_its_whole_limit_back() {
        ApiClient api = ApiClient.onPort(port);
        PAYMENTS_DELAY.set(1_800);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/payments").status()).isEqualTo(200);
        }
        int calledBefore = PAYMENTS_CALLS.get();

        Response refused = api.get("/api/payments");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(PAYMENTS_CALLS.get()).isEqualTo(calledBefore);
        JsonNode breaker = breaker("payments");
        assertThat(breaker.get("state").asString()).isEqualTo("OPEN");
        assertThat(breaker.get("callType").asString()).isEqualTo("http-route");
        assertThat(concurrencyLimit("payments"))
                .as("every late answer shrank the limit to its minimum")
                .isEqualTo(4);

        PAYMENTS_DELAY.set(0);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            api.get("/api/payments");
            assertThat(breaker("payments").get("state").asString()).isEqualTo("CLOSED");
        });
        assertThat(concurrencyLimit("payments"))
                .as("well again: given as many requests at once as a service is at first, not its minimum")
                .isEqualTo(20);
    }

    /** The gateway's concurrency limit for {@code service}, from its Prometheus scrape. */
    private int concurrencyLimit(String service) {
        String scrape =
                ApiClient.onPort(managementPort).get("/actuator/prometheus").body();
        Matcher gauge = Pattern.compile(
                        "^agora_gateway_upstream_concurrency_limit\\{[^}]*service=\"" + service + "\"[^}]*} (\\S+)$",
                        Pattern.MULTILINE)
                .matcher(scrape);
        assertThat(gauge.find())
                .as("the limit of " + service + " in the scrape")
                .isTrue();
        return (int) Double.parseDouble(gauge.group(1));
    }

    private JsonNode breaker(String dependency) {
        return Breakers.of(managementPort, dependency);
    }
}
