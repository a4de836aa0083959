package dev.agora.storefront.adapter.out.http;

import dev.agora.storefront.application.port.ServiceUnavailable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's live notifications ({@code GET /api/notifications/stream}, Server-Sent Events), read in their name: the
 * storefront relays an order's end to its page. A stream stays open for minutes, so it has its own client, with no
 * deadline on the body (only on the answer's headers).
 */
public final class NotificationFeed {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(2);

    private final Supplier<URI> instances;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    /** {@code instances}: the address of an instance of notifications, at each call. */
    public NotificationFeed(Supplier<URI> instances, JsonMapper json) {
        this.instances = instances;
        this.json = json;
    }

    /**
     * The customer's stream, open when this returns: a notification published from then on is in it.
     *
     * @throws ServiceUnavailable when notifications does not open it
     */
    public Feed open(String accessToken) {
        URI instance;
        try {
            instance = instances.get();
        } catch (RuntimeException noneListed) {
            throw new ServiceUnavailable("notifications", noneListed);
        }
        HttpRequest request = HttpRequest.newBuilder(instance.resolve("/api/notifications/stream"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
                .timeout(OPEN_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new ServiceUnavailable(
                        "notifications", new IllegalStateException("the stream answered " + response.statusCode()));
            }
            return new Feed(response.body(), json);
        } catch (IOException failure) {
            throw new ServiceUnavailable("notifications", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("notifications", interrupted);
        }
    }

    /** One open stream; closing it closes the connection. */
    public static final class Feed implements AutoCloseable {

        private final Stream<String> lines;
        private final Iterator<String> next;
        private final JsonMapper json;

        Feed(Stream<String> lines, JsonMapper json) {
            this.lines = lines;
            this.next = lines.iterator();
            this.json = json;
        }

        /**
         * Waits for a notification about {@code orderId} and gives its kind ({@code ORDER_CONFIRMED},
         * {@code ORDER_CANCELLED}); empty when the stream ends or is closed first.
         */
        public Optional<String> kindFor(UUID orderId) {
            try {
                while (next.hasNext()) {
                    String line = next.next();
                    if (line.startsWith("data:")) {
                        JsonNode notification = json.readTree(line.substring("data:".length()));
                        if (orderId.toString()
                                .equals(notification.path("orderId").asString(""))) {
                            return Optional.of(notification.path("kind").asString(""));
                        }
                    }
                }
                return Optional.empty();
            } catch (UncheckedIOException closed) {
                return Optional.empty();
            }
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
