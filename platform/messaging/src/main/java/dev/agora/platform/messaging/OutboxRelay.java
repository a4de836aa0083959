package dev.agora.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox: takes the unsent rows in the order they were written, sends them, waits for the broker's
 * acknowledgement, and marks them sent, all while holding the relay lease (one relay at a time per database, which
 * keeps the order per key across instances). A row whose send fails stays unsent, and so does every row after it in
 * that round: it is sent again at the next round, after a restart too. A message may so be published twice, never
 * lost and never out of order for its key; consumers deduplicate on {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofHours(1);

    /** Takes the relay lease, or waits while another instance holds it; the lock ends with the transaction. */
    static final String TAKE_LEASE = "SELECT id FROM outbox_relay_lease WHERE id = 1 FOR UPDATE";

    /**
     * Whether any row is unsent. Ordered like the index on (sent_at, sequence_number), which all unsent rows share the
     * start of: ordered by sequence_number alone, PostgreSQL may walk the primary key through every sent row kept.
     */
    static final String FIRST_UNSENT =
            "SELECT sequence_number FROM outbox_messages WHERE sent_at IS NULL ORDER BY sent_at, sequence_number LIMIT 1";

    /** The unsent rows in the order written, a batch at most; ordered as {@link #FIRST_UNSENT} is, for its reason. */
    static final String UNSENT_ROWS = """
            SELECT sequence_number, message_id, topic, message_key, message_type, occurred_at, traceparent, payload
            FROM outbox_messages
            WHERE sent_at IS NULL
            ORDER BY sent_at, sequence_number
            LIMIT ?""";

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final KafkaOperations<String, byte[]> kafka;
    private final MessagingProperties properties;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private @Nullable Thread worker;
    private Instant nextHousekeeping = Instant.MIN;

    public OutboxRelay(
            JdbcClient database,
            TransactionTemplate transactions,
            KafkaOperations<String, byte[]> kafka,
            MessagingProperties properties,
            Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** Makes the relay look now: a transaction with outbox rows has just committed. */
    void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * One round: publishes up to a batch of unsent rows and returns how many were marked sent.
     *
     * @throws RelayFailure when a row could not be published (the rows from it on stay unsent)
     */
    public int relayOnce() {
        if (!hasUnsentRows()) {
            // Without this plain read, every idle round would lock the lease: a write and a commit on H2.
            return 0;
        }
        Round round = transactions.execute(status -> {
            database.sql(TAKE_LEASE).query(Integer.class).single();
            List<Row> rows = database.sql(UNSENT_ROWS)
                    .param(properties.relayBatch())
                    .query((result, number) -> new Row(
                            result.getLong("sequence_number"),
                            result.getObject("message_id", UUID.class),
                            result.getString("topic"),
                            result.getString("message_key"),
                            result.getString("message_type"),
                            result.getTimestamp("occurred_at").toInstant(),
                            result.getString("traceparent"),
                            result.getBytes("payload")))
                    .list();
            List<CompletableFuture<?>> sends = rows.stream().map(this::send).toList();
            List<Long> published = new ArrayList<>();
            RelayFailure failure = null;
            for (int i = 0; i < rows.size() && failure == null; i++) {
                try {
                    sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    published.add(rows.get(i).sequenceNumber());
                } catch (ExecutionException | TimeoutException e) {
                    failure = new RelayFailure(rows.get(i), e instanceof ExecutionException ? e.getCause() : e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new RelayFailure(rows.get(i), e);
                }
            }
            if (!published.isEmpty()) {
                database.sql("UPDATE outbox_messages SET sent_at = :now WHERE sequence_number IN (:published)")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("published", published)
                        .update();
            }
            // Committed even after a failure: what the broker acknowledged is not sent again.
            return new Round(published.size(), failure);
        });
        if (round == null) {
            return 0;
        }
        if (round.failure() != null) {
            throw round.failure();
        }
        return round.sent();
    }

    private boolean hasUnsentRows() {
        return database.sql(FIRST_UNSENT).query(Long.class).optional().isPresent();
    }

    private record Round(int sent, @Nullable RelayFailure failure) {}

    private CompletableFuture<?> send(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers()
                .add(EnvelopeHeaders.ID, utf8(row.messageId().toString()))
                .add(EnvelopeHeaders.TYPE, utf8(row.type()))
                .add(EnvelopeHeaders.SOURCE, utf8(properties.source()))
                .add(EnvelopeHeaders.TIME, utf8(row.occurredAt().toString()));
        if (row.traceparent() != null) {
            record.headers().add(EnvelopeHeaders.TRACEPARENT, utf8(row.traceparent()));
        }
        try {
            return kafka.send(record);
        } catch (RuntimeException e) { // the broker's metadata could not be had in time
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Removes sent rows and inbox entries older than the retention: no topic keeps their messages any longer. */
    public void removeExpired() {
        Timestamp before = Timestamp.from(clock.instant().minus(properties.retention()));
        int outbox = database.sql("DELETE FROM outbox_messages WHERE sent_at < ?")
                .param(before)
                .update();
        int inbox = database.sql("DELETE FROM inbox_messages WHERE received_at < ?")
                .param(before)
                .update();
        if (outbox + inbox > 0) {
            LOG.atInfo()
                    .addKeyValue("outboxRows", outbox)
                    .addKeyValue("inboxRows", inbox)
                    .log("removed expired messaging rows");
        }
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                if (!clock.instant().isBefore(nextHousekeeping)) {
                    removeExpired();
                    nextHousekeeping = clock.instant().plus(HOUSEKEEPING_EVERY);
                }
                int sent = relayOnce();
                if (failing) {
                    LOG.atInfo().log("outbox relay publishes again");
                    failing = false;
                }
                if (sent == properties.relayBatch()) {
                    continue; // more are waiting
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.atWarn()
                            .addKeyValue("error", e.toString())
                            .log("outbox relay cannot publish; the rows stay unsent and are retried");
                    failing = true;
                }
            }
            pause();
        }
    }

    private void pause() {
        try {
            if (wakeUps.tryAcquire(properties.relayInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("outbox-relay").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        Thread current = worker;
        if (current != null) {
            try {
                current.join(SEND_TIMEOUT.plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    record Row(
            long sequenceNumber,
            UUID messageId,
            String topic,
            String key,
            String type,
            Instant occurredAt,
            @Nullable String traceparent,
            byte[] payload) {}

    /** A row the broker did not acknowledge; it and the rows after it stay unsent. */
    public static final class RelayFailure extends RuntimeException {
        RelayFailure(Row row, Throwable cause) {
            super("Cannot publish outbox row " + row.sequenceNumber() + " to " + row.topic() + ": " + cause, cause);
        }
    }
}
