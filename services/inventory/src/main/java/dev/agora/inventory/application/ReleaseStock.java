package dev.agora.inventory.application;

import dev.agora.inventory.application.port.StockEvents;
import dev.agora.inventory.domain.Reservation;
import dev.agora.inventory.domain.Reservations;
import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import dev.agora.inventory.domain.StockLine;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives an order's held units back to available: the saga's compensation, or the end of a reservation that expired.
 * Releasing what holds nothing answers "0 released"; a release that comes before any reservation is remembered, so that
 * a late reserve for that order holds nothing.
 */
public class ReleaseStock {

    private final StockLevels stockLevels;
    private final Reservations reservations;
    private final StockEvents events;
    private final Clock clock;

    public ReleaseStock(StockLevels stockLevels, Reservations reservations, StockEvents events, Clock clock) {
        this.stockLevels = stockLevels;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many units went back. */
    public int release(UUID orderId) {
        Optional<Reservation> found = reservations.lock(orderId);
        if (found.isEmpty()) {
            reservations.save(Reservation.releasedUnheld(orderId, clock.instant()));
            events.released(orderId, 0);
            return 0;
        }
        Reservation reservation = found.get();
        if (!reservation.isHeld()) {
            events.released(orderId, 0);
            return 0;
        }
        giveBack(reservation);
        events.released(orderId, reservation.units());
        return reservation.units();
    }

    /** Releases the order's reservation if it is still held and has expired; says whether it did. */
    public boolean releaseIfExpired(UUID orderId) {
        Optional<Reservation> found = reservations.lock(orderId);
        if (found.isEmpty() || !found.get().isExpiredAt(clock.instant())) {
            return false;
        }
        giveBack(found.get());
        events.released(orderId, found.get().units());
        return true;
    }

    private void giveBack(Reservation reservation) {
        Map<UUID, Stock> stock = stockLevels.lock(reservation.productIds());
        for (StockLine line : reservation.lines()) {
            stockLevels.save(stock.get(line.productId()).release(line.quantity()));
        }
        reservations.save(reservation.released());
    }
}
