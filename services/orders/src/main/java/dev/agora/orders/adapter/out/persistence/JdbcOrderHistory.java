package dev.agora.orders.adapter.out.persistence;

import dev.agora.orders.application.history.OrderHistory;
import dev.agora.orders.application.history.OrderSummary;
import dev.agora.orders.domain.CancellationReason;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read model: one row per order, replaced whole each time the order changes. */
@Repository
class JdbcOrderHistory implements OrderHistory {

    private final JdbcClient jdbc;

    JdbcOrderHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(OrderSummary summary) {
        int updated = jdbc.sql("""
                        UPDATE order_history SET status = ?, reason = ?, updated_at = ?
                        WHERE order_id = ?""")
                .params(
                        summary.status().name(),
                        summary.reason() == null ? null : summary.reason().name(),
                        Timestamp.from(summary.updatedAt()),
                        summary.orderId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO order_history (order_id, customer_id, status, reason, total_amount,
                                total_currency, item_count, placed_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            summary.orderId(),
                            summary.customerId(),
                            summary.status().name(),
                            summary.reason() == null ? null : summary.reason().name(),
                            summary.total().amount(),
                            summary.total().currency().getCurrencyCode(),
                            summary.itemCount(),
                            Timestamp.from(summary.placedAt()),
                            Timestamp.from(summary.updatedAt()))
                    .update();
        }
    }

    @Override
    public List<OrderSummary> list(String customerId, int page, int size) {
        return jdbc.sql("""
                        SELECT * FROM order_history WHERE customer_id = ?
                        ORDER BY placed_at DESC, order_id LIMIT ? OFFSET ?""")
                .params(customerId, size, (long) page * size)
                .query((row, number) -> summary(row))
                .list();
    }

    @Override
    public long count(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_history WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    @Override
    public List<UUID> orderIdsOf(String customerId) {
        return jdbc.sql("SELECT order_id FROM order_history WHERE customer_id = ?")
                .param(customerId)
                .query(UUID.class)
                .list();
    }

    @Override
    public void pseudonymise(String customerId, String pseudonym) {
        jdbc.sql("UPDATE order_history SET customer_id = ? WHERE customer_id = ?")
                .params(pseudonym, customerId)
                .update();
    }

    @Override
    public void clear() {
        jdbc.sql("DELETE FROM order_history").update();
    }

    private static OrderSummary summary(ResultSet row) throws SQLException {
        String reason = row.getString("reason");
        return new OrderSummary(
                row.getObject("order_id", UUID.class),
                row.getString("customer_id"),
                OrderStatus.valueOf(row.getString("status")),
                reason == null ? null : CancellationReason.valueOf(reason),
                new Money(
                        row.getBigDecimal("total_amount"),
                        Currency.getInstance(row.getString("total_currency").trim())),
                row.getInt("item_count"),
                row.getTimestamp("placed_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
