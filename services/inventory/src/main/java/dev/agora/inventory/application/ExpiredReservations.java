package dev.agora.inventory.application;

import dev.agora.inventory.domain.Reservations;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The orders whose reservation is due for release because it expired. */
public class ExpiredReservations {

    private final Reservations reservations;
    private final Clock clock;

    public ExpiredReservations(Reservations reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    public List<UUID> due(int limit) {
        return reservations.expiredAt(clock.instant(), limit);
    }
}
