package dev.agora.notifications.application;

import dev.agora.notifications.application.port.LiveFeed;
import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.domain.Notification;
import dev.agora.notifications.domain.NotificationKind;
import dev.agora.notifications.domain.Notifications;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells a customer that their order was confirmed or cancelled: stored once per order and kind (a redelivered or
 * republished event tells nobody twice), mailed, and pushed to the customer's live stream once committed.
 */
public class NotifyCustomer {

    private final Notifications notifications;
    private final Mailbox mailbox;
    private final LiveFeed liveFeed;
    private final Consumer<Runnable> afterCommit;
    private final Clock clock;

    /** @param afterCommit runs its argument once the caller's transaction has committed */
    public NotifyCustomer(
            Notifications notifications,
            Mailbox mailbox,
            LiveFeed liveFeed,
            Consumer<Runnable> afterCommit,
            Clock clock) {
        this.notifications = notifications;
        this.mailbox = mailbox;
        this.liveFeed = liveFeed;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    /**
     * @param amount the order's total, as "59.80 EUR", for a confirmation
     * @param reason why it was cancelled (OUT_OF_STOCK, PAYMENT_DECLINED, TIMEOUT, CUSTOMER_CANCELLED)
     */
    public record Command(UUID orderId, String customerId, NotificationKind kind, String amount, String reason) {
        public Command {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(kind, "kind");
            if (customerId.isBlank()) {
                throw new IllegalArgumentException("A notification needs a customer");
            }
        }
    }

    /** Returns whether the customer was told now (false: they had been already). */
    public boolean notify(Command command) {
        String order = command.orderId().toString().substring(0, 8);
        // The same for every delivery of the event: a retried mail keeps its Message-ID.
        UUID id = UUID.nameUUIDFromBytes((command.orderId() + "/" + command.kind()).getBytes(StandardCharsets.UTF_8));
        Notification notification = switch (command.kind()) {
            case ORDER_CONFIRMED ->
                new Notification(
                        id,
                        command.customerId(),
                        command.orderId(),
                        command.kind(),
                        "Your order " + order + " is confirmed",
                        "Your order " + order + " is confirmed; " + command.amount() + " will be charged.",
                        clock.instant());
            case ORDER_CANCELLED ->
                new Notification(
                        id,
                        command.customerId(),
                        command.orderId(),
                        command.kind(),
                        "Your order " + order + " was cancelled",
                        "Your order " + order + " was cancelled: " + why(command.reason()) + ". Nothing was charged.",
                        clock.instant());
        };
        if (!notifications.addIfNew(notification)) {
            return false;
        }
        // Mailed inside the transaction: if the mail fails, nothing is stored and the event comes again.
        mailbox.send(notification);
        afterCommit.accept(() -> liveFeed.publish(notification));
        return true;
    }

    private static String why(String reason) {
        return switch (reason) {
            case "OUT_OF_STOCK" -> "an item is out of stock";
            case "PAYMENT_DECLINED" -> "the payment was declined";
            case "TIMEOUT" -> "the checkout could not be completed in time";
            case "CUSTOMER_CANCELLED" -> "you cancelled it";
            case "RESERVATION_EXPIRED" -> "the items held for it were released before it could be completed";
            default -> "the checkout did not complete";
        };
    }
}
