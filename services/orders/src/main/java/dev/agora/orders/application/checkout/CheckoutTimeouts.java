package dev.agora.orders.application.checkout;

import dev.agora.orders.application.port.CheckoutDeadlines;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wakes the checkouts whose participant did not answer in time: the step is asked again, then compensated (see {@link
 * dev.agora.orders.domain.Order#timedOut}). Each order in its own transaction, under its lock.
 */
public class CheckoutTimeouts {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutTimeouts.class);
    private static final Duration AFTER_A_FAILURE = Duration.ofSeconds(30);

    private final CheckoutSaga saga;
    private final CheckoutDeadlines deadlines;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final int stepAttempts;

    public CheckoutTimeouts(
            CheckoutSaga saga,
            CheckoutDeadlines deadlines,
            TransactionOperations transactions,
            Clock clock,
            int stepAttempts) {
        this.saga = saga;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.clock = clock;
        this.stepAttempts = stepAttempts;
    }

    /** Returns how many due checkouts were looked at. */
    public int expire(int limit) {
        List<UUID> due = deadlines.due(clock.instant(), limit);
        for (UUID orderId : due) {
            try {
                transactions.executeWithoutResult(status -> {
                    boolean exists = saga.answer(orderId, (order, now) -> {
                        // An answer may have come between the look-up and the lock: then the deadline moved on.
                        if (deadlines.isDue(orderId, now)) {
                            order.timedOut(stepAttempts, now);
                        }
                    });
                    if (!exists) {
                        deadlines.clear(orderId);
                    }
                });
            } catch (RuntimeException failure) {
                // One order that cannot be handled must not hold up the others, which come after it in every batch.
                LOG.atError()
                        .addKeyValue("orderId", orderId)
                        .setCause(failure)
                        .log("could not handle the timeout of a checkout; trying again later");
                transactions.executeWithoutResult(
                        status -> deadlines.set(orderId, clock.instant().plus(AFTER_A_FAILURE)));
            }
        }
        return due.size();
    }
}
