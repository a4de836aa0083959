package dev.agora.orders.adapter.in.scheduling;

import dev.agora.orders.application.checkout.CheckoutTimeouts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for passed deadlines (agora.orders.deadline-check-interval), a batch at a time. */
@Component
class CheckoutDeadlineSweep {

    private static final int BATCH = 200;

    private final CheckoutTimeouts timeouts;

    CheckoutDeadlineSweep(CheckoutTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Scheduled(
            fixedDelayString = "${agora.orders.deadline-check-interval:500ms}",
            initialDelayString = "${agora.orders.deadline-check-interval:500ms}")
    void wakeTimedOutCheckouts() {
        // A full batch means more may be due: look again at once rather than after the interval.
        int looked;
        do {
            looked = timeouts.expire(BATCH);
        } while (looked == BATCH);
    }
}
