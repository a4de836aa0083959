package dev.agora.inventory.application;

import dev.agora.inventory.application.port.StockEvents;
import dev.agora.inventory.domain.Reservation;
import dev.agora.inventory.domain.ReservationStatus;
import dev.agora.inventory.domain.Reservations;
import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import dev.agora.inventory.domain.StockLine;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The order is confirmed: its held units become sold. Committing twice sells once. */
public class CommitStock {

    private static final Logger LOG = LoggerFactory.getLogger(CommitStock.class);

    private final StockLevels stockLevels;
    private final Reservations reservations;
    private final StockEvents events;

    public CommitStock(StockLevels stockLevels, Reservations reservations, StockEvents events) {
        this.stockLevels = stockLevels;
        this.reservations = reservations;
        this.events = events;
    }

    /** Says whether the order's units are sold now. */
    public boolean commit(UUID orderId) {
        Optional<Reservation> found = reservations.lock(orderId);
        if (found.isPresent() && found.get().status() == ReservationStatus.COMMITTED) {
            events.committed(orderId);
            return true;
        }
        if (found.isEmpty() || !found.get().isHeld()) {
            // The hold expired (the saga was held up longer than a reservation lasts) or was released: the saga must
            // not confirm the order, and is told so.
            LOG.atWarn()
                    .addKeyValue("orderId", orderId)
                    .addKeyValue("status", found.map(Reservation::status).orElse(null))
                    .log("cannot commit the stock of an order that holds none");
            events.commitFailed(orderId);
            return false;
        }
        Reservation reservation = found.get();
        Map<UUID, Stock> stock = stockLevels.lock(reservation.productIds());
        for (StockLine line : reservation.lines()) {
            stockLevels.save(stock.get(line.productId()).sell(line.quantity()));
        }
        reservations.save(reservation.committed());
        events.committed(orderId);
        return true;
    }
}
