package dev.agora.orders.adapter.out.persistence;

import dev.agora.orders.application.port.OrderRequests;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys: the primary key (customer, key) lets one request claim a key, atomically. */
@Repository
class JdbcOrderRequests implements OrderRequests {

    private final JdbcClient jdbc;

    JdbcOrderRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Placed> find(String customerId, String key) {
        return jdbc.sql("""
                        SELECT fingerprint, order_id FROM order_requests
                        WHERE customer_id = ? AND idempotency_key = ?""")
                .params(customerId, key)
                .query((row, number) -> new Placed(row.getString("fingerprint"), row.getObject("order_id", UUID.class)))
                .optional();
    }

    @Override
    public boolean claim(String customerId, String key, String fingerprint, UUID orderId) {
        // A concurrent claim of the same key waits on it here, then inserts nothing.
        return jdbc.sql("""
                                INSERT INTO order_requests (customer_id, idempotency_key, fingerprint, order_id)
                                VALUES (?, ?, ?, ?)
                                ON CONFLICT DO NOTHING""").params(customerId, key, fingerprint, orderId).update() == 1;
    }
}
