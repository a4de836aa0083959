package dev.agora.notifications.application.port;

import dev.agora.notifications.domain.Notification;

/** Sends a notification as e-mail. Sending the same notification twice must deliver it once. */
public interface Mailbox {

    void send(Notification notification);
}
