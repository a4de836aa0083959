package dev.agora.inventory.adapter.in.scheduling;

import dev.agora.inventory.application.ExpiredReservations;
import dev.agora.inventory.application.ReleaseStock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives back the units of reservations that outlived their hold (agora.inventory.expiry-check-interval). */
@Component
class ReservationExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);
    private static final int BATCH = 100;

    private final ExpiredReservations expired;
    private final ReleaseStock releaseStock;
    private final TransactionTemplate transactions;

    ReservationExpiry(ExpiredReservations expired, ReleaseStock releaseStock, TransactionTemplate transactions) {
        this.expired = expired;
        this.releaseStock = releaseStock;
        this.transactions = transactions;
    }

    @Scheduled(
            fixedDelayString = "${agora.inventory.expiry-check-interval:10s}",
            initialDelayString = "${agora.inventory.expiry-check-interval:10s}")
    void releaseExpired() {
        for (UUID orderId : expired.due(BATCH)) {
            // One transaction per order: one that fails does not hold back the others.
            Boolean released = transactions.execute(status -> releaseStock.releaseIfExpired(orderId));
            if (Boolean.TRUE.equals(released)) {
                LOG.atInfo().addKeyValue("orderId", orderId).log("released an expired reservation");
            }
        }
    }
}
