package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Above the in-flight limit the gateway answers 503 at once, instead of queueing requests until they time out. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "agora.gateway.max-in-flight=2"})
class LoadSheddingTest {

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
    void a_request_over_the_in_flight_limit_gets_503_with_retry_after_at_once() {
        ApiClient api = ApiClient.onPort(port);
        List<CompletableFuture<Response>> slow = fillTheGateway(api);

        Response shed = api.get("/api/products");

        assertThat(shed.status()).isEqualTo(503);
        assertThat(shed.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(shed.header("Retry-After")).hasValue("1");
        assertThat(slow).as("answered without waiting for the slow ones").noneMatch(CompletableFuture::isDone);
        slow.forEach(request -> assertThat(request.join().status()).isEqualTo(200));
        assertThat(api.get("/api/products").status())
                .as("room again once they are done")
                .isEqualTo(200);
    }

    @Test
    void a_live_stream_is_not_counted_in_flight_nor_shed() {
        ApiClient api = ApiClient.onPort(port);
        List<CompletableFuture<Response>> slow = fillTheGateway(api);

        Response stream = api.get("/api/notifications/stream");

        assertThat(stream.status())
                .as("the path of the stream route (stream: true) passes a full gateway")
                .isEqualTo(200);
        slow.forEach(request -> assertThat(request.join().status()).isEqualTo(200));
    }

    /** Two slow requests (3 s each upstream), under way once this returns: the gateway is full. */
    private static List<CompletableFuture<Response>> fillTheGateway(ApiClient api) {
        int before = SERVICES.slowRequests();
        List<CompletableFuture<Response>> slow = List.of(
                CompletableFuture.supplyAsync(() -> api.get("/api/products/slow")),
                CompletableFuture.supplyAsync(() -> api.get("/api/products/slow")));
        await().atMost(Duration.ofSeconds(2)).until(() -> SERVICES.slowRequests() == before + 2);
        return slow;
    }
}
