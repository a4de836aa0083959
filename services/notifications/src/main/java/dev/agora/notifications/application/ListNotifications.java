package dev.agora.notifications.application;

import dev.agora.notifications.domain.Notification;
import dev.agora.notifications.domain.Notifications;
import java.util.List;

/** A customer's own notifications, newest first. */
public class ListNotifications {

    public static final int MAX_PAGE_SIZE = 100;

    private final Notifications notifications;

    public ListNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    public record Page(List<Notification> items, int page, int size, long totalItems) {}

    public Page list(String customerId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        return new Page(notifications.of(customerId, page, size), page, size, notifications.countOf(customerId));
    }
}
