package dev.agora.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A service that resets the connection (as a crashed one does): a read is tried three times, then 502, never a 500. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ResetUpstreamTest {

    static final AtomicInteger CONNECTIONS = new AtomicInteger();
    static final ServerSocket RESETTING = resettingServer();

    static ServerSocket resettingServer() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept()) {
                        CONNECTIONS.incrementAndGet();
                        connection.getInputStream().read(new byte[1024]);
                        connection.setSoLinger(true, 0); // close with RST, not FIN
                    } catch (IOException closed) {
                        // the test is over
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        TestRoutes.routeEveryService(registry, "http://127.0.0.1:" + RESETTING.getLocalPort());
    }

    @AfterAll
    static void stop() throws IOException {
        RESETTING.close();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void a_reset_connection_is_tried_three_times_for_a_read_then_answered_502() {
        CONNECTIONS.set(0);

        Response response = ApiClient.onPort(port).get("/api/products");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().get("code").asString()).isEqualTo("BAD_GATEWAY");
        assertThat(CONNECTIONS.get()).as("the first attempt and two retries").isEqualTo(3);
        JsonNode breakers =
                ApiClient.onPort(managementPort).get("/actuator/breakers").json();
        assertThat(breakers.findValues("dependency").stream().map(JsonNode::asString))
                .contains("catalog");
        for (JsonNode breaker : breakers) {
            if (breaker.get("dependency").asString().equals("catalog")) {
                assertThat(breaker.get("retries").asLong()).isEqualTo(2);
            }
        }
    }

    @Test
    void a_write_is_not_retried() {
        CONNECTIONS.set(0);

        Response response =
                ApiClient.onPort(port).send("POST", "/api/accounts", "{}", "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(502);
        assertThat(CONNECTIONS.get()).isEqualTo(1);
    }
}
