package dev.agora.catalog.adapter.out.persistence;

import dev.agora.catalog.application.IdempotencyKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys in the catalog database: the primary key (caller, key) makes a claim atomic. */
@Repository
public class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    public JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Remembered> claim(String caller, String key, String requestHash) {
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_keys (caller, idem_key, request_hash, created_at)
                            VALUES (:caller, :key, :hash, :now)""")
                    .param("caller", caller)
                    .param("key", key)
                    .param("hash", requestHash)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException claimed) {
            return jdbc.sql("""
                            SELECT request_hash, status, location, body FROM idempotency_keys
                            WHERE caller = :caller AND idem_key = :key""")
                    .param("caller", caller)
                    .param("key", key)
                    .query((row, number) -> {
                        int status = row.getInt("status");
                        Optional<Answer> answer = row.wasNull()
                                ? Optional.empty()
                                : Optional.of(new Answer(status, row.getString("location"), row.getString("body")));
                        return new Remembered(row.getString("request_hash"), answer);
                    })
                    .optional();
        }
    }

    @Override
    public void remember(String caller, String key, Answer answer) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET status = :status, location = :location, body = :body
                        WHERE caller = :caller AND idem_key = :key""")
                .param("status", answer.status())
                .param("location", answer.location())
                .param("body", answer.body())
                .param("caller", caller)
                .param("key", key)
                .update();
    }

    @Override
    public void release(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE caller = :caller AND idem_key = :key AND status IS NULL")
                .param("caller", caller)
                .param("key", key)
                .update();
    }
}
