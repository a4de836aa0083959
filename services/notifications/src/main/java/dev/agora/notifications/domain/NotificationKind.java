package dev.agora.notifications.domain;

/** What a notification is about: the order events a customer hears of. */
public enum NotificationKind {
    ORDER_CONFIRMED,
    ORDER_CANCELLED
}
