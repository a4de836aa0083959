package dev.agora.contracts.notifications.v1;

/** Notifications' topic (docs/events.md): its confirmations of erasures, keyed by erasure id. */
public final class NotificationsTopics {

    /** {@code CustomerDataErased} (a users contract: the choreography's confirmation has one shape everywhere). */
    public static final String EVENTS = "notifications.events.v1";

    private NotificationsTopics() {}
}
