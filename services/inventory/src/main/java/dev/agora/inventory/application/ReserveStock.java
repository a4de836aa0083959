package dev.agora.inventory.application;

import dev.agora.inventory.application.port.StockEvents;
import dev.agora.inventory.domain.Reservation;
import dev.agora.inventory.domain.Reservations;
import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import dev.agora.inventory.domain.StockLine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds the units of an order, all lines or none, for a limited time. Asked again for the same order (a retry, a
 * redelivery), it does nothing new and gives the same answer.
 */
public class ReserveStock {

    private final StockLevels stockLevels;
    private final Reservations reservations;
    private final StockEvents events;
    private final Clock clock;
    private final Duration holdFor;

    public ReserveStock(
            StockLevels stockLevels, Reservations reservations, StockEvents events, Clock clock, Duration holdFor) {
        this.stockLevels = stockLevels;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
        this.holdFor = holdFor;
    }

    /** An order's lines, a product named twice counted once with the sum of its quantities. */
    public record Command(UUID orderId, List<StockLine> lines) {
        public Command {
            Objects.requireNonNull(orderId, "orderId");
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("An order to reserve for has at least one line");
            }
            Map<UUID, Integer> merged = new LinkedHashMap<>();
            lines.forEach(line -> merged.merge(line.productId(), line.quantity(), Integer::sum));
            lines = merged.entrySet().stream()
                    .map(entry -> new StockLine(entry.getKey(), entry.getValue()))
                    .toList();
        }
    }

    public Reservation reserve(Command command) {
        Optional<Reservation> earlier = reservations.lock(command.orderId());
        if (earlier.isPresent()) {
            announceAgain(earlier.get());
            return earlier.get();
        }
        Map<UUID, Stock> stock = stockLevels.lock(
                command.lines().stream().map(StockLine::productId).toList());
        List<UUID> unavailable = new ArrayList<>();
        for (StockLine line : command.lines()) {
            Stock current = stock.get(line.productId());
            if (current == null || !current.canReserve(line.quantity())) {
                unavailable.add(line.productId());
            }
        }
        if (!unavailable.isEmpty()) {
            Reservation rejected =
                    Reservation.rejected(command.orderId(), command.lines(), unavailable, clock.instant());
            reservations.save(rejected);
            events.reservationFailed(command.orderId(), unavailable);
            return rejected;
        }
        for (StockLine line : command.lines()) {
            stockLevels.save(stock.get(line.productId()).reserve(line.quantity()));
        }
        Reservation held = Reservation.held(
                command.orderId(), command.lines(), clock.instant().plus(holdFor));
        reservations.save(held);
        events.reserved(command.orderId());
        return held;
    }

    private void announceAgain(Reservation reservation) {
        switch (reservation.status()) {
            case HELD, COMMITTED -> events.reserved(reservation.orderId());
            case REJECTED -> events.reservationFailed(reservation.orderId(), reservation.unavailable());
            case RELEASED -> events.released(reservation.orderId(), 0);
        }
    }
}
