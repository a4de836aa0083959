package dev.agora.platform.messaging;

import dev.agora.platform.problem.CurrentTrace;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a service puts the messages that announce a state change, in the same local transaction as the change: both
 * are committed, or neither. The {@link OutboxRelay} publishes them afterwards; nothing is published for a change that
 * was rolled back, and nothing committed is lost if the service or the broker goes down.
 */
public class Outbox {

    private final JdbcClient database;
    private final Clock clock;
    private final CurrentTrace trace;
    private final OutboxRelay relay;

    public Outbox(JdbcClient database, Clock clock, CurrentTrace trace, OutboxRelay relay) {
        this.database = database;
        this.clock = clock;
        this.trace = trace;
        this.relay = relay;
    }

    /** Adds the message to the caller's transaction, which must exist: a message outside one could be lost. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(OutgoingMessage message) {
        database.sql("""
                        INSERT INTO outbox_messages
                            (message_id, topic, message_key, message_type, occurred_at, traceparent, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        message.topic(),
                        message.key(),
                        message.type(),
                        Timestamp.from(clock.instant()),
                        trace.traceparent(), // the consumers' work joins the trace of the request
                        message.payload())
                .update();
        // Published as soon as the transaction commits, rather than at the relay's next look.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
