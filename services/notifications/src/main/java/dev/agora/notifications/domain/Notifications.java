package dev.agora.notifications.domain;

import java.util.List;

/** Every notification sent. */
public interface Notifications {

    /** Stores it unless the customer was already told of this order event; returns whether it was new. */
    boolean addIfNew(Notification notification);

    /** A customer's notifications, newest first. */
    List<Notification> of(String customerId, int page, int size);

    long countOf(String customerId);

    /** Removes every notification of a customer and returns them, for what was made of them (mail files) to go too. */
    List<Notification> removeAllOf(String customerId);
}
