package dev.agora.notifications.adapter.out.persistence;

import dev.agora.notifications.domain.Notification;
import dev.agora.notifications.domain.NotificationKind;
import dev.agora.notifications.domain.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The unique key (order_id, kind) is what makes a second notification of the same event impossible. */
@Repository
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfNew(Notification notification) {
        return jdbc.sql("""
                                INSERT INTO notifications (id, customer_id, order_id, kind, subject, message, created_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(
                                notification.id(),
                                notification.customerId(),
                                notification.orderId(),
                                notification.kind().name(),
                                notification.subject(),
                                notification.message(),
                                Timestamp.from(notification.at()))
                        .update()
                == 1;
    }

    @Override
    public List<Notification> of(String customerId, int page, int size) {
        return jdbc.sql("""
                        SELECT * FROM notifications WHERE customer_id = ?
                        ORDER BY created_at DESC, id LIMIT ? OFFSET ?""")
                .params(customerId, size, (long) page * size)
                .query((row, number) -> notification(row))
                .list();
    }

    @Override
    public long countOf(String customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    @Override
    public List<Notification> removeAllOf(String customerId) {
        List<Notification> removed = jdbc.sql("SELECT * FROM notifications WHERE customer_id = ? FOR UPDATE")
                .param(customerId)
                .query((row, number) -> notification(row))
                .list();
        jdbc.sql("DELETE FROM notifications WHERE customer_id = ?")
                .param(customerId)
                .update();
        return removed;
    }

    private static Notification notification(ResultSet row) throws SQLException {
        return new Notification(
                row.getObject("id", UUID.class),
                row.getString("customer_id"),
                row.getObject("order_id", UUID.class),
                NotificationKind.valueOf(row.getString("kind")),
                row.getString("subject"),
                row.getString("message"),
                row.getTimestamp("created_at").toInstant());
    }
}
