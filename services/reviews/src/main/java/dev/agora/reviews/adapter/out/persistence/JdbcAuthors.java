package dev.agora.reviews.adapter.out.persistence;

import dev.agora.reviews.domain.Authors;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuthors implements Authors {

    private final JdbcClient jdbc;

    JdbcAuthors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest name wins; an older one delivered again changes nothing. */
    @Override
    public void named(String customerId, String displayName, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE authors SET display_name = :name, changed_at = :at
                        WHERE customer_id = :customer AND changed_at <= :at""")
                .param("name", displayName)
                .param("at", Timestamp.from(at))
                .param("customer", customerId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO authors (customer_id, display_name, changed_at) VALUES (:customer, :name, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("customer", customerId)
                    .param("name", displayName)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    @Override
    public void forget(String customerId) {
        jdbc.sql("DELETE FROM authors WHERE customer_id = ?").param(customerId).update();
    }
}
