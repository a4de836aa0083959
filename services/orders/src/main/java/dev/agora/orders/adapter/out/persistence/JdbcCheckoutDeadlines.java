package dev.agora.orders.adapter.out.persistence;

import dev.agora.orders.application.port.CheckoutDeadlines;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCheckoutDeadlines implements CheckoutDeadlines {

    private final JdbcClient jdbc;

    JdbcCheckoutDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void set(UUID orderId, Instant deadline) {
        int updated = jdbc.sql("UPDATE checkout_deadlines SET due_at = ? WHERE order_id = ?")
                .params(Timestamp.from(deadline), orderId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO checkout_deadlines (order_id, due_at) VALUES (?, ?)")
                    .params(orderId, Timestamp.from(deadline))
                    .update();
        }
    }

    @Override
    public void clear(UUID orderId) {
        jdbc.sql("DELETE FROM checkout_deadlines WHERE order_id = ?")
                .param(orderId)
                .update();
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("SELECT order_id FROM checkout_deadlines WHERE due_at <= ? ORDER BY due_at LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    @Override
    public boolean isDue(UUID orderId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM checkout_deadlines WHERE order_id = ? AND due_at <= ?")
                        .params(orderId, Timestamp.from(now))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
