package dev.agora.notifications.application.port;

import dev.agora.notifications.domain.Notification;

/**
 * Sends a notification as e-mail, within the transaction that stores it: a send that fails rolls the notification
 * back. Sending the same notification twice must not tell the customer twice: the same file is rewritten, or the same
 * message (the same Message-ID) is sent again.
 */
public interface Mailbox {

    void send(Notification notification);

    /**
     * Deletes what is left of a sent notification where the mailbox can (a mail file); mail delivered to a server is
     * the recipient's, out of reach. Deleting one already gone is no failure.
     */
    void forget(Notification notification);
}
