package dev.agora.notifications.adapter.in.web;

import dev.agora.notifications.application.port.LiveFeed;
import dev.agora.notifications.domain.Notification;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams, per customer, of this instance. A notification is sent as an event named
 * {@code notification} whose id is the notification's; a comment every 15 s keeps idle connections open.
 */
@Component
class LiveNotifications implements LiveFeed {

    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    /** Sends happen here, not on the Kafka consumer's thread: a slow client must not hold up the next event. */
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    SseEmitter open(String customerId) {
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
        List<SseEmitter> own = streams.computeIfAbsent(customerId, id -> new CopyOnWriteArrayList<>());
        own.add(stream);
        Runnable forget = () -> streams.computeIfPresent(customerId, (id, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
        stream.onCompletion(forget);
        stream.onTimeout(forget);
        stream.onError(failure -> forget.run());
        // Sent at once, so that the client (and any proxy) sees the stream open before the first notification.
        send(stream, SseEmitter.event().comment("connected"));
        return stream;
    }

    @Override
    public void publish(Notification notification) {
        for (SseEmitter stream : streams.getOrDefault(notification.customerId(), List.of())) {
            senders.execute(() -> send(
                    stream,
                    SseEmitter.event()
                            .name("notification")
                            .id(notification.id().toString())
                            .data(NotificationResponse.of(notification), MediaType.APPLICATION_JSON)));
        }
    }

    @Scheduled(fixedDelay = 15_000)
    void keepAlive() {
        streams.values()
                .forEach(own ->
                        own.forEach(stream -> send(stream, SseEmitter.event().comment("keep-alive"))));
    }

    /** A client that went away fails the send: its stream is closed and forgotten. */
    private static void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            // One event at a time per stream: SseEmitter does not take concurrent sends.
            synchronized (stream) {
                stream.send(event);
            }
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
        }
    }
}
