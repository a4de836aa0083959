package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * A saturated service is told by load shedding, not by its breaker: given more requests than it answers in time, the
 * gateway refuses the excess at once with 503 and {@code Retry-After}, the requests it lets through stay fast, and
 * the breaker (which counts an answer slower than its slow-call time as a failure) stays closed. The limit starts at
 * its default of 20 and the clients all start at once, as on a platform just started: the first round is let through
 * whole, and half of its answers come later than the slow-call time; answers late among many requests under way say
 * the service is busy, and the breaker does not count them.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "agora.gateway.rate-limits.enabled=false",
            "agora.resilience.calls.http-route.breaker.slow-call=1s",
            "agora.gateway.upstream-concurrency.initial=20",
            "agora.gateway.upstream-concurrency.min=2",
            "agora.gateway.upstream-concurrency.latency-target=300ms"
        })
class BusyUpstreamTest {

    /** Each client sends its requests one after another: 20 at once would take the stand-in 2 s to answer. */
    static final int CLIENTS = 20;

    static final int REQUESTS_EACH = 6;
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

    @LocalManagementPort
    int managementPort;

    @Test
    void a_service_given_more_than_it_answers_in_time_sheds_the_excess_and_keeps_its_breaker_closed() {
        ApiClient api = ApiClient.onPort(port);
        List<Response> answers = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    for (int request = 0; request < REQUESTS_EACH; request++) {
                        answers.add(api.get("/api/products/busy"));
                    }
                });
            }
        }

        List<Response> shed =
                answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(shed).as("some requests shed").isNotEmpty();
        assertThat(answers).as("some requests answered").anyMatch(answer -> answer.status() == 200);
        for (Response refused : shed) {
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(refused.json().get("detail").asString()).contains("busy");
            assertThat(refused.header("Retry-After")).hasValue("1");
        }
        assertThat(breaker("catalog").get("state").asString()).isEqualTo("CLOSED");
        assertThat(api.get("/api/products/busy").status())
                .as("answered again once the flood is over")
                .isEqualTo(200);
    }

    private JsonNode breaker(String dependency) {
        return Breakers.of(managementPort, dependency);
    }
}
