package dev.agora.notifications.application;

import dev.agora.notifications.application.port.ErasureConfirmations;
import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.domain.Notifications;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Notifications' part of a customer's erasure: their notifications go, with the mail files made of them, in one
 * transaction with the confirmation. A file that cannot be deleted rolls it back, and the request comes again.
 */
public class EraseNotifications {

    private final Notifications notifications;
    private final Mailbox mailbox;
    private final ErasureConfirmations confirmations;
    private final TransactionOperations transactions;
    private final Clock clock;

    public EraseNotifications(
            Notifications notifications,
            Mailbox mailbox,
            ErasureConfirmations confirmations,
            TransactionOperations transactions,
            Clock clock) {
        this.notifications = notifications;
        this.mailbox = mailbox;
        this.confirmations = confirmations;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(UUID erasureId, String customerId) {}

    public void erase(Command command) {
        transactions.executeWithoutResult(status -> {
            notifications.removeAllOf(command.customerId()).forEach(mailbox::forget);
            confirmations.erased(command.erasureId(), clock.instant());
        });
    }
}
