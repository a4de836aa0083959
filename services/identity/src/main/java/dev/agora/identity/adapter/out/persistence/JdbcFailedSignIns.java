package dev.agora.identity.adapter.out.persistence;

import dev.agora.identity.application.port.FailedSignIns;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins in the identity database, so that every identity instance counts the same failures. */
@Repository
public class JdbcFailedSignIns implements FailedSignIns {

    private final JdbcClient jdbc;

    public JdbcFailedSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String record(String email, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO failed_sign_ins (id, email, failed_at) VALUES (:id, :email, :at)")
                .param("id", id)
                .param("email", email)
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    @Override
    public void forget(String id) {
        jdbc.sql("DELETE FROM failed_sign_ins WHERE id = :id").param("id", id).update();
    }

    @Override
    public List<Instant> since(String email, Instant since) {
        return jdbc.sql("""
                        SELECT failed_at FROM failed_sign_ins
                        WHERE email = :email AND failed_at > :since ORDER BY failed_at""")
                .param("email", email)
                .param("since", Timestamp.from(since))
                .query((row, number) -> row.getTimestamp("failed_at").toInstant())
                .list();
    }

    @Override
    public void clear(String email) {
        jdbc.sql("DELETE FROM failed_sign_ins WHERE email = :email")
                .param("email", email)
                .update();
    }

    @Override
    public void forgetBefore(Instant before) {
        jdbc.sql("DELETE FROM failed_sign_ins WHERE failed_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
