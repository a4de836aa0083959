package dev.agora.storefront.adapter.out.http;

import dev.agora.platform.http.EventStreams;
import dev.agora.platform.http.EventStreams.EventStream;
import dev.agora.platform.http.EventStreams.EventStreamUnavailable;
import dev.agora.storefront.application.port.ServiceUnavailable;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's live notifications ({@code GET /api/notifications/stream}, Server-Sent Events), read in their name: the
 * storefront relays an order's end to its page.
 */
public final class NotificationFeed {

    private final EventStreams notifications;
    private final JsonMapper json;

    public NotificationFeed(EventStreams notifications, JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    /**
     * The customer's stream, open when this returns: a notification published from then on is in it.
     *
     * @throws ServiceUnavailable when notifications does not open it
     */
    public Feed open(String accessToken) {
        try {
            return new Feed(notifications.open("/api/notifications/stream", accessToken), json);
        } catch (EventStreamUnavailable unavailable) {
            throw new ServiceUnavailable(unavailable.service(), unavailable);
        }
    }

    /** One open stream; closing it closes the connection. */
    public static final class Feed implements AutoCloseable {

        private final EventStream events;
        private final JsonMapper json;

        Feed(EventStream events, JsonMapper json) {
            this.events = events;
            this.json = json;
        }

        /**
         * Waits for a notification about {@code orderId} and gives its kind ({@code ORDER_CONFIRMED},
         * {@code ORDER_CANCELLED}); empty when the stream ends or is closed first.
         */
        public Optional<String> kindFor(UUID orderId) {
            for (Optional<String> data = events.nextData(); data.isPresent(); data = events.nextData()) {
                JsonNode notification = json.readTree(data.get());
                if (orderId.toString().equals(notification.path("orderId").asString(""))) {
                    return Optional.of(notification.path("kind").asString(""));
                }
            }
            return Optional.empty();
        }

        @Override
        public void close() {
            events.close();
        }
    }
}
