package dev.agora.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message to a customer about one of their orders; at most one per order and kind. */
public record Notification(
        UUID id, String customerId, UUID orderId, NotificationKind kind, String subject, String message, Instant at) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (customerId.isBlank() || subject.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("A notification needs a customer, a subject and a message");
        }
    }
}
