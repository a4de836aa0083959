package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.OrderUpdates;
import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.application.port.ServiceUnavailable;
import dev.agora.platform.http.EventStreams;
import dev.agora.platform.http.EventStreams.EventStream;
import dev.agora.platform.http.EventStreams.EventStreamUnavailable;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's notifications ({@code GET /api/notifications/stream}, Server-Sent Events), read in their name: each one
 * names the order it is about.
 */
public final class HttpOrderUpdates implements OrderUpdates {

    private final EventStreams notifications;
    private final JsonMapper json;

    public HttpOrderUpdates(EventStreams notifications, JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    public Updates open() {
        String token = CallerToken.current()
                .orElseThrow(
                        () -> new ServiceRefused("UNAUTHORIZED", 401, "Sign in to follow one of your orders.", null));
        EventStream events;
        try {
            events = notifications.open("/api/notifications/stream", token);
        } catch (EventStreamUnavailable unavailable) {
            throw new ServiceUnavailable(unavailable.service(), false, unavailable);
        }
        return new Updates() {
            @Override
            public boolean awaitChangeOf(UUID orderId) {
                for (Optional<String> data = events.nextData(); data.isPresent(); data = events.nextData()) {
                    if (orderId.toString().equals(orderIdOf(data.get()))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void close() {
                events.close();
            }
        };
    }

    /** The order an event is about; none for one that is not a notification this reader knows. */
    private String orderIdOf(String data) {
        try {
            return json.readTree(data).path("orderId").asString("");
        } catch (JacksonException notJson) {
            return "";
        }
    }
}
