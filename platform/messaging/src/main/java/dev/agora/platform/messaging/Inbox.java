package dev.agora.platform.messaging;

import dev.agora.platform.problem.CurrentTrace;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: Kafka delivers at least once (after a crash, a rebalance or a redrive, a message comes
 * again), so each consumer records the ids it has processed, in the same transaction as the effect. A message already
 * recorded has no second effect; one whose effect failed is not recorded, and its redelivery is processed.
 */
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentTrace trace;

    public Inbox(JdbcClient database, TransactionTemplate transactions, Clock clock, CurrentTrace trace) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
        this.trace = trace;
    }

    /**
     * Runs {@code effect} unless {@code consumer} has processed this message before, in one transaction with the record
     * that it has now. Returns whether the effect ran.
     */
    public boolean processOnce(String consumer, IncomingMessage message, Consumer<IncomingMessage> effect) {
        // The listener's span (which continues the producer's trace) says what it handled and about which key.
        trace.tag("message.type", message.type());
        trace.tag("message.key", message.key());
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
        // One line per message handled: what ./agora logs --trace shows of each step of a checkout.
        (Boolean.TRUE.equals(processed) ? LOG.atInfo() : LOG.atDebug())
                .addKeyValue("consumer", consumer)
                .addKeyValue("type", message.type())
                .addKeyValue("key", message.key())
                .addKeyValue("messageId", message.id())
                .log(Boolean.TRUE.equals(processed) ? "Message handled" : "Message already handled, skipped");
        return Boolean.TRUE.equals(processed);
    }
}
