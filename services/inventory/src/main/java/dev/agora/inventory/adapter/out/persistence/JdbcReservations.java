package dev.agora.inventory.adapter.out.persistence;

import dev.agora.inventory.domain.Reservation;
import dev.agora.inventory.domain.ReservationStatus;
import dev.agora.inventory.domain.Reservations;
import dev.agora.inventory.domain.StockLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReservations implements Reservations {

    private final JdbcClient database;

    JdbcReservations(JdbcClient database) {
        this.database = database;
    }

    private record Head(ReservationStatus status, Instant expiresAt) {}

    private record Line(UUID productId, int quantity, boolean unavailable) {}

    @Override
    public Optional<Reservation> lock(UUID orderId) {
        Optional<Head> head = database.sql("SELECT status, expires_at FROM reservations WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query((row, number) -> new Head(
                        ReservationStatus.valueOf(row.getString("status")),
                        row.getTimestamp("expires_at").toInstant()))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = database.sql("""
                        SELECT product_id, quantity, unavailable FROM reservation_lines
                        WHERE order_id = ? ORDER BY product_id""")
                .param(orderId)
                .query((row, number) -> new Line(
                        row.getObject("product_id", UUID.class), row.getInt("quantity"), row.getBoolean("unavailable")))
                .list();
        List<StockLine> stockLines = new ArrayList<>();
        List<UUID> unavailable = new ArrayList<>();
        for (Line line : lines) {
            stockLines.add(new StockLine(line.productId(), line.quantity()));
            if (line.unavailable()) {
                unavailable.add(line.productId());
            }
        }
        return Optional.of(new Reservation(
                orderId, stockLines, head.get().status(), head.get().expiresAt(), unavailable));
    }

    @Override
    public void save(Reservation reservation) {
        int updated = database.sql("UPDATE reservations SET status = ? WHERE order_id = ?")
                .params(reservation.status().name(), reservation.orderId())
                .update();
        if (updated > 0) {
            return; // the lines of a reservation never change
        }
        database.sql("INSERT INTO reservations (order_id, status, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(
                        reservation.orderId(),
                        reservation.status().name(),
                        Timestamp.from(reservation.expiresAt()),
                        Timestamp.from(Instant.now()))
                .update();
        for (StockLine line : reservation.lines()) {
            database.sql("""
                            INSERT INTO reservation_lines (order_id, product_id, quantity, unavailable)
                            VALUES (?, ?, ?, ?)""")
                    .params(
                            reservation.orderId(),
                            line.productId(),
                            line.quantity(),
                            reservation.unavailable().contains(line.productId()))
                    .update();
        }
    }

    @Override
    public List<UUID> expiredAt(Instant now, int limit) {
        return database.sql("""
                        SELECT order_id FROM reservations
                        WHERE status = 'HELD' AND expires_at <= ?
                        ORDER BY expires_at LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }
}
