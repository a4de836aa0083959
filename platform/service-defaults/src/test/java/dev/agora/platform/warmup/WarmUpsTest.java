package dev.agora.platform.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class WarmUpsTest {

    @Test
    void the_service_is_not_ready_until_every_warm_up_has_ended() {
        CountDownLatch release = new CountDownLatch(1);
        WarmUps warmUps = new WarmUps(List.of(release::await, () -> {}));

        assertThat(warmUps.health().getStatus()).as("before the service is up").isEqualTo(Status.OUT_OF_SERVICE);
        warmUps.onApplicationEvent(null);
        assertThat(warmUps.health().getStatus()).as("one still warming").isEqualTo(Status.OUT_OF_SERVICE);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(warmUps::isDone);
        assertThat(warmUps.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_warm_up_that_gives_up_leaves_the_service_ready_all_the_same() {
        WarmUps warmUps = new WarmUps(List.of(() -> {
            throw new IllegalStateException("the peer never answered");
        }));

        warmUps.onApplicationEvent(null);

        await().atMost(Duration.ofSeconds(5)).until(warmUps::isDone);
        assertThat(warmUps.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void without_warm_ups_the_service_is_ready_at_once() {
        assertThat(new WarmUps(List.of()).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void self_requests_ask_the_service_for_each_of_its_paths_once() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(401, -1); // any answer warms: a refusal too
            exchange.close();
        });
        service.start();
        try {
            new SelfRequests(
                            List.of("/api/products?size=1", "/v3/api-docs"),
                            () -> service.getAddress().getPort())
                    .run();
        } finally {
            service.stop(0);
        }

        assertThat(asked).containsExactly("/api/products?size=1", "/v3/api-docs");
    }

    @Test
    void self_requests_without_paths_ask_nothing_not_even_the_port() throws Exception {
        new SelfRequests(List.of(), () -> {
                    throw new IllegalStateException("no server in this context");
                })
                .run();
    }
}
