package dev.agora.users.domain;

/** What a customer wants to be mailed: their orders' news (on by default), and offers (off until they ask). */
public record NotificationPreferences(boolean orderUpdatesByMail, boolean offersByMail) {

    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false);
}
