package dev.agora.orders.adapter.out.persistence;

import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.Orders;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event store in the orders database: order_events holds the events, order_streams each stream's version. */
@Repository
class JdbcOrders implements Orders {

    private final JdbcClient jdbc;
    private final OrderEventCodec codec = new OrderEventCodec();

    JdbcOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Order> lock(UUID orderId) {
        boolean exists = jdbc.sql("SELECT version FROM order_streams WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query(Integer.class)
                .optional()
                .isPresent();
        return exists ? find(orderId) : Optional.empty();
    }

    @Override
    public Optional<Order> find(UUID orderId) {
        List<OrderEvent> history = history(orderId);
        return history.isEmpty() ? Optional.empty() : Optional.of(Order.replay(orderId, history));
    }

    @Override
    public List<OrderEvent> history(UUID orderId) {
        return jdbc.sql("SELECT event_type, data FROM order_events WHERE order_id = ? ORDER BY version")
                .param(orderId)
                .query((row, number) -> codec.read(row.getString("event_type"), row.getString("data")))
                .list();
    }

    @Override
    public void save(Order order) {
        List<OrderEvent> changes = order.changes();
        if (changes.isEmpty()) {
            return;
        }
        int from = order.version();
        int to = from + changes.size();
        if (from == 0) {
            jdbc.sql("INSERT INTO order_streams (order_id, version, created_at) VALUES (?, ?, ?)")
                    .params(order.id(), to, Timestamp.from(changes.getFirst().at()))
                    .update();
        } else {
            int moved = jdbc.sql("UPDATE order_streams SET version = ? WHERE order_id = ? AND version = ?")
                    .params(to, order.id(), from)
                    .update();
            if (moved == 0) {
                throw new OptimisticLockingFailureException(
                        "Order " + order.id() + " changed since it was read at version " + from);
            }
        }
        int version = from;
        for (OrderEvent event : changes) {
            version++;
            jdbc.sql("""
                            INSERT INTO order_events (order_id, version, event_type, data, occurred_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(order.id(), version, codec.typeOf(event), codec.write(event), Timestamp.from(event.at()))
                    .update();
        }
        order.markSaved();
    }

    @Override
    public void rewrite(UUID orderId, UnaryOperator<OrderEvent> rewrite) {
        jdbc.sql("SELECT version, event_type, data FROM order_events WHERE order_id = ? ORDER BY version")
                .param(orderId)
                .query((row, number) -> new StoredEvent(
                        row.getInt("version"), codec.read(row.getString("event_type"), row.getString("data"))))
                .list()
                .forEach(stored -> {
                    OrderEvent rewritten = rewrite.apply(stored.event());
                    if (!rewritten.equals(stored.event())) {
                        jdbc.sql("UPDATE order_events SET data = ? WHERE order_id = ? AND version = ?")
                                .params(codec.write(rewritten), orderId, stored.version())
                                .update();
                    }
                });
    }

    private record StoredEvent(int version, OrderEvent event) {}

    @Override
    public List<UUID> ids(int offset, int limit) {
        return jdbc.sql("SELECT order_id FROM order_streams ORDER BY created_at, order_id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(UUID.class)
                .list();
    }
}
