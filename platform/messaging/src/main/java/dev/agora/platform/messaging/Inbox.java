package dev.agora.platform.messaging;

import dev.agora.platform.problem.CurrentTrace;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: Kafka delivers at least once (after a crash, a rebalance or a redrive, a message comes
 * again), so each consumer records the ids it has processed, in the same transaction as the effect. A message already
 * recorded has no second effect; one whose effect failed is not recorded, and its redelivery is processed.
 *
 * <p>A listener hands over the whole poll ({@code @KafkaListener(batch = "true")}): its messages share one transaction,
 * so one commit, instead of one each. Each message still has its own span, continuing the trace of the work that wrote
 * it, and its own log line.
 */
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentTrace trace;
    private final ObservationRegistry observations;

    public Inbox(
            JdbcClient database,
            TransactionTemplate transactions,
            Clock clock,
            CurrentTrace trace,
            ObservationRegistry observations) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
        this.trace = trace;
        this.observations = observations;
    }

    /**
     * Runs {@code effect} on each record of a poll that {@code consumer} has not processed before, in one transaction
     * with the records that it has now. If one fails, that transaction is rolled back and the records are processed
     * as {@link #processEachOnce} does.
     */
    public void processAllOnce(
            String consumer, List<ConsumerRecord<String, byte[]>> records, Consumer<IncomingMessage> effect) {
        if (records.size() > 1) {
            try {
                processTogether(consumer, records, effect);
                return;
            } catch (RuntimeException failure) {
                LOG.atDebug()
                        .addKeyValue("consumer", consumer)
                        .addKeyValue("records", records.size())
                        .log("A message of the poll failed: its messages are processed one by one");
            }
        }
        processEachOnce(consumer, records, effect);
    }

    /**
     * Runs {@code effect} on each record of a poll that {@code consumer} has not processed before, each in its own
     * transaction with the record that it has now: for an effect that calls out of the process, which a shared
     * transaction would hold for every message behind the slowest call. When one fails, those before it keep their
     * effect, and the failing one is reported, for the error handler to retry it, then send it to its dead-letter
     * topic.
     */
    public void processEachOnce(
            String consumer, List<ConsumerRecord<String, byte[]>> records, Consumer<IncomingMessage> effect) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                processTogether(consumer, List.of(record), effect);
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, record);
            }
        }
    }

    private void processTogether(
            String consumer, List<ConsumerRecord<String, byte[]>> records, Consumer<IncomingMessage> effect) {
        List<Observation> spans = new ArrayList<>(records.size());
        List<Outcome> outcomes = new ArrayList<>(records.size());
        try {
            transactions.executeWithoutResult(status -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    Observation span = observation(consumer, record).start();
                    spans.add(span);
                    outcomes.add(span.scoped(() -> processOnce(consumer, record, effect)));
                }
            });
        } catch (RuntimeException failure) {
            if (outcomes.size() == records.size()) {
                spans.forEach(span -> span.error(failure)); // the commit failed, not one message
            }
            spans.forEach(Observation::stop);
            throw failure;
        }
        // Logged once committed, in the message's span: what ./agora logs --trace shows of each step of a checkout.
        for (int index = 0; index < records.size(); index++) {
            Outcome outcome = outcomes.get(index);
            spans.get(index).scoped(() -> log(consumer, outcome));
            spans.get(index).stop();
        }
    }

    private Outcome processOnce(
            String consumer, ConsumerRecord<String, byte[]> record, Consumer<IncomingMessage> effect) {
        IncomingMessage message = IncomingMessage.of(record);
        // The message's span says what it handled and about which key.
        trace.tag("message.type", message.type());
        trace.tag("message.key", message.key());
        // A second delivery racing the first waits on the key here, then inserts nothing.
        int recorded = database.sql("""
                        INSERT INTO inbox_messages (consumer, message_id, received_at)
                        VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(consumer, message.id(), Timestamp.from(clock.instant()))
                .update();
        if (recorded == 0) {
            return new Outcome(message, false);
        }
        effect.accept(message);
        return new Outcome(message, true);
    }

    /** The span of one message, as Spring Kafka makes for a listener of one record: it continues the producer's trace. */
    private Observation observation(String consumer, ConsumerRecord<String, byte[]> record) {
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(
                null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(
                        record, consumer, null, KafkaUtils.getConsumerGroupId(), () -> null),
                observations);
    }

    private static void log(String consumer, Outcome outcome) {
        (outcome.processed() ? LOG.atInfo() : LOG.atDebug())
                .addKeyValue("consumer", consumer)
                .addKeyValue("type", outcome.message().type())
                .addKeyValue("key", outcome.message().key())
                .addKeyValue("messageId", outcome.message().id())
                .log(outcome.processed() ? "Message handled" : "Message already handled, skipped");
    }

    private record Outcome(IncomingMessage message, boolean processed) {}
}
