package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalog as two instances behind {@code lb://catalog}, listed as the launcher lists them: requests go to both; an
 * instance that stops leaves the rotation, and returns once it answers its readiness probe again.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "agora.gateway.rate-limits.enabled=false"})
class LoadBalancedRoutesTest {

    static final UpstreamStandIn FIRST = new UpstreamStandIn("catalog", 0);
    static final AtomicReference<UpstreamStandIn> SECOND = new AtomicReference<>(new UpstreamStandIn("catalog#2", 0));
    static final int SECOND_PORT = SECOND.get().port();

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        TestRoutes.register(
                registry, TestRoutes.PUBLIC_API, service -> service.equals("catalog") ? "lb://catalog" : FIRST.url());
        registry.add("spring.cloud.discovery.client.simple.instances.catalog[0].uri", FIRST::url);
        registry.add(
                "spring.cloud.discovery.client.simple.instances.catalog[1].uri",
                () -> SECOND.get().url());
    }

    @AfterAll
    static void stop() {
        FIRST.close();
        SECOND.get().close();
    }

    @LocalServerPort
    int port;

    @Test
    void spreads_requests_over_the_healthy_instances_and_takes_one_back_once_it_answers_again() {
        await().atMost(Duration.ofSeconds(10)).until(() -> servedBy(10).containsAll(List.of("catalog", "catalog#2")));

        SECOND.get().close();
        // Within a health-check interval (2 s) the stopped instance is out; meanwhile a GET that finds it gone is
        // tried again on the other one, so none fails.
        List<Response> meanwhile = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            meanwhile.add(ApiClient.onPort(port).get("/api/products"));
        }
        assertThat(meanwhile)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> servedBy(10).equals(List.of("catalog")));

        SECOND.set(new UpstreamStandIn("catalog#2", SECOND_PORT));
        await().atMost(Duration.ofSeconds(10)).until(() -> servedBy(10).contains("catalog#2"));
    }

    @Test
    void the_merged_api_document_is_read_through_the_load_balancer() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !servedBy(4).isEmpty());

        Response docs = ApiClient.onPort(port).get("/v3/api-docs");

        assertThat(docs.json().path("paths").has("/api/products")).isTrue();
        assertThat(docs.json().path("x-agora-missing").toString()).doesNotContain("catalog");
    }

    /** Who answered each of {@code count} requests, without repeats, in order of first answer. */
    private List<String> servedBy(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response response = ApiClient.onPort(port).get("/api/products");
            String name = response.header("X-Served-By").orElse("status " + response.status());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
