package dev.agora.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: Kafka delivers at least once (after a crash, a rebalance or a redrive, a message comes
 * again), so each consumer records the ids it has processed, in the same transaction as the effect. A message already
 * recorded has no second effect; one whose effect failed is not recorded, and its redelivery is processed.
 */
public class Inbox {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Inbox(JdbcClient database, TransactionTemplate transactions, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless {@code consumer} has processed this message before, in one transaction with the record
     * that it has now. Returns whether the effect ran.
     */
    public boolean processOnce(String consumer, IncomingMessage message, Consumer<IncomingMessage> effect) {
        Boolean processed = transactions.execute(status -> {
            // A second delivery racing the first waits on the key here, then inserts nothing.
            int recorded = database.sql("""
                            INSERT INTO inbox_messages (consumer, message_id, received_at)
                            VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(consumer, message.id(), Timestamp.from(clock.instant()))
                    .update();
            if (recorded == 0) {
                return false;
            }
            effect.accept(message);
            return true;
        });
        return Boolean.TRUE.equals(processed);
    }
}
