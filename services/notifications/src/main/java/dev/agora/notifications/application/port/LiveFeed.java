package dev.agora.notifications.application.port;

import dev.agora.notifications.domain.Notification;

/** The customers connected right now: a notification reaches them as soon as it is stored. */
public interface LiveFeed {

    /** Called once the notification is committed, never for one that was rolled back. */
    void publish(Notification notification);
}
