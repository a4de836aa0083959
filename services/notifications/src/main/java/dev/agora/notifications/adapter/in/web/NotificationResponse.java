package dev.agora.notifications.adapter.in.web;

import dev.agora.notifications.domain.Notification;
import java.time.Instant;
import java.util.UUID;

record NotificationResponse(UUID id, UUID orderId, String kind, String subject, String message, Instant createdAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(
                notification.id(),
                notification.orderId(),
                notification.kind().name(),
                notification.subject(),
                notification.message(),
                notification.at());
    }
}
