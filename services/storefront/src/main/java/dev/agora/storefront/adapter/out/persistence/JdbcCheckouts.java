package dev.agora.storefront.adapter.out.persistence;

import dev.agora.storefront.application.port.Checkouts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A row per checkout form: its key is the primary key, so that of two forms with one key only one inserts. */
public final class JdbcCheckouts implements Checkouts {

    /** How often a repeated form looks for the order of the first: a person's double click, not a machine's. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    private final JdbcClient database;
    private final Clock clock;

    public JdbcCheckouts(JdbcClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean claim(UUID idempotencyKey, String customer) {
        try {
            database.sql("INSERT INTO checkouts (idempotency_key, customer, created_at) VALUES (?, ?, ?)")
                    .params(idempotencyKey, customer, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    @Override
    public void placed(UUID idempotencyKey, UUID orderId) {
        database.sql("UPDATE checkouts SET order_id = ? WHERE idempotency_key = ?")
                .params(orderId, idempotencyKey)
                .update();
    }

    @Override
    public void release(UUID idempotencyKey) {
        database.sql("DELETE FROM checkouts WHERE idempotency_key = ? AND order_id IS NULL")
                .param(idempotencyKey)
                .update();
    }

    @Override
    public Optional<UUID> orderOf(UUID idempotencyKey, String customer, Duration patience) {
        Instant giveUp = clock.instant().plus(patience);
        while (true) {
            Optional<UUID> order = database.sql("""
                            SELECT order_id FROM checkouts
                            WHERE idempotency_key = ? AND customer = ? AND order_id IS NOT NULL""")
                    .params(idempotencyKey, customer)
                    .query(UUID.class)
                    .optional();
            if (order.isPresent() || !clock.instant().isBefore(giveUp)) {
                return order;
            }
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());
        }
    }
}
