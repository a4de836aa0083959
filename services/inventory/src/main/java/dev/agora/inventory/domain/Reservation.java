package dev.agora.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What inventory did for one order. Kept whatever its outcome, so that a command sent again (a retry of the saga, a
 * redelivery) gets the same answer and never acts twice.
 */
public record Reservation(
        UUID orderId, List<StockLine> lines, ReservationStatus status, Instant expiresAt, List<UUID> unavailable) {

    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        lines = List.copyOf(lines);
        unavailable = List.copyOf(unavailable);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Reservation held(UUID orderId, List<StockLine> lines, Instant expiresAt) {
        return new Reservation(orderId, lines, ReservationStatus.HELD, expiresAt, List.of());
    }

    public static Reservation rejected(UUID orderId, List<StockLine> lines, List<UUID> unavailable, Instant now) {
        return new Reservation(orderId, lines, ReservationStatus.REJECTED, now, unavailable);
    }

    /** Released before anything was reserved (a compensation that overtook nothing): a later reserve is refused. */
    public static Reservation releasedUnheld(UUID orderId, Instant now) {
        return new Reservation(orderId, List.of(), ReservationStatus.RELEASED, now, List.of());
    }

    public boolean isHeld() {
        return status == ReservationStatus.HELD;
    }

    public boolean isExpiredAt(Instant now) {
        return isHeld() && !expiresAt.isAfter(now);
    }

    public Reservation released() {
        return new Reservation(orderId, lines, ReservationStatus.RELEASED, expiresAt, unavailable);
    }

    public Reservation committed() {
        return new Reservation(orderId, lines, ReservationStatus.COMMITTED, expiresAt, unavailable);
    }

    public List<UUID> productIds() {
        return lines.stream().map(StockLine::productId).toList();
    }

    public int units() {
        return lines.stream().mapToInt(StockLine::quantity).sum();
    }
}
