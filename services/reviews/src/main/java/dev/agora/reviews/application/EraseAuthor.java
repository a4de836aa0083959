package dev.agora.reviews.application;

import dev.agora.reviews.application.port.ReviewEvents;
import dev.agora.reviews.domain.Authors;
import dev.agora.reviews.domain.Purchases;
import dev.agora.reviews.domain.Reviews;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reviews' part of a customer's erasure: their reviews stay, text and rating, signed by "a former customer" (filed
 * under the erasure's pseudonym); their name and what they bought go. The ratings do not move. One transaction with
 * the confirmation; a repeat finds nothing left to change.
 */
public class EraseAuthor {

    private final Reviews reviews;
    private final Purchases purchases;
    private final Authors authors;
    private final ReviewEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public EraseAuthor(
            Reviews reviews,
            Purchases purchases,
            Authors authors,
            ReviewEvents events,
            TransactionOperations transactions,
            Clock clock) {
        this.reviews = reviews;
        this.purchases = purchases;
        this.authors = authors;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(UUID erasureId, String customerId, String pseudonym) {}

    public void erase(Command command) {
        transactions.executeWithoutResult(status -> {
            reviews.reassign(command.customerId(), command.pseudonym());
            purchases.forget(command.customerId());
            authors.forget(command.customerId());
            events.erased(command.erasureId(), clock.instant());
        });
    }
}
