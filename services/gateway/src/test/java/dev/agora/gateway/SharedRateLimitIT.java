package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.RedisServer;
import dev.agora.testing.TestIssuer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateways with their buckets in the real Redis: a caller spread over both gets the limit once, not twice; and a
 * gateway whose Redis is gone lets requests through rather than refusing everyone.
 */
class SharedRateLimitIT {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final UpstreamStandIn SERVICES = new UpstreamStandIn();
    static final List<ConfigurableApplicationContext> GATEWAYS = new ArrayList<>();

    /** The third gateway's Redis does not exist. */
    static ConfigurableApplicationContext orphan;

    /**
     * All started before and stopped after every test: gateways in one JVM share Reactor Netty's event loops, which the
     * first one to stop takes down.
     */
    @BeforeAll
    static void startGateways() {
        GATEWAYS.add(gateway(REDIS.uri().toString()));
        GATEWAYS.add(gateway(REDIS.uri().toString()));
        orphan = gateway("redis://127.0.0.1:1");
        GATEWAYS.add(orphan);
    }

    @AfterAll
    static void stop() {
        GATEWAYS.forEach(ConfigurableApplicationContext::close);
        SERVICES.close();
    }

    @Test
    void a_caller_spread_over_two_gateways_gets_the_limit_once() {
        String token = ISSUER.token("user-" + UUID.randomUUID(), "CUSTOMER");
        // Each gateway connects to Redis at its first check: made here, on another caller's bucket, so that no counted
        // check meets a connection still being made (and goes through unchecked).
        String someoneElse = ISSUER.token("user-" + UUID.randomUUID(), "CUSTOMER");
        for (ConfigurableApplicationContext gateway : GATEWAYS.subList(0, 2)) {
            ApiClient.onPort(port(gateway)).get("/api/products", "Authorization", "Bearer " + someoneElse);
        }

        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            for (ConfigurableApplicationContext gateway : GATEWAYS.subList(0, 2)) {
                int status = ApiClient.onPort(port(gateway))
                        .get("/api/products", "Authorization", "Bearer " + token)
                        .status();
                assertThat(status).isIn(200, 429);
                allowed += status == 200 ? 1 : 0;
            }
        }
        assertThat(allowed).as("a bucket of 6, shared").isEqualTo(6);
    }

    @Test
    void a_gateway_whose_redis_is_unreachable_lets_requests_through() {
        String token = ISSUER.token("user-" + UUID.randomUUID(), "CUSTOMER");
        for (int i = 0; i < 10; i++) {
            assertThat(ApiClient.onPort(port(orphan))
                            .get("/api/products", "Authorization", "Bearer " + token)
                            .status())
                    .isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext gateway(String redis) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "management.server.port", "0",
                "agora.gateway.rate-limits.store", "redis",
                "agora.gateway.rate-limits.redis", redis,
                // Six at once, then one a minute: no refill while the test runs.
                "agora.gateway.rate-limits.per-caller.requests", "1",
                "agora.gateway.rate-limits.per-caller.per", "1m",
                "agora.gateway.rate-limits.per-caller.burst", "6"));
        properties.putAll(TestRoutes.properties(TestRoutes.PUBLIC_API, service -> SERVICES.url()));
        properties.putAll(ISSUER.properties());
        // As arguments: they must win over the gateway's application.yml, as the launcher's do.
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext gateway) {
        return ((WebServerApplicationContext) gateway).getWebServer().getPort();
    }
}
