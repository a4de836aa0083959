package dev.agora.platform.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A service reduced to what messaging needs: a database, a topic it publishes to and one it consumes. */
@SpringBootApplication
class MessagingTestApplication {

    static final String PUBLISHED = "test.published.v1";
    static final String CONSUMED = "test.consumed.v1";
    static final String CONSUMER = "effect-recorder";

    /** How many of the next messages fail after their effect was written (which the rollback must undo). */
    static final AtomicInteger FAILURES_TO_INJECT = new AtomicInteger();

    /** The ids of the messages whose span ended in error: what a trace shows of a message that failed. */
    @Component
    static class FailedMessageSpans implements ObservationHandler<KafkaRecordReceiverContext> {

        final Set<String> messageIds = ConcurrentHashMap.newKeySet();

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof KafkaRecordReceiverContext;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void onError(KafkaRecordReceiverContext context) {
            messageIds.add(IncomingMessage.of((ConsumerRecord<String, byte[]>) context.getRecord())
                    .id());
        }
    }

    /**
     * Consumes through the inbox, recording one effect row per message, with the transaction and the trace it ran
     * in; a payload "poison" always fails.
     */
    @Component
    static class EffectRecorder {

        private static final Object TRANSACTION_LABEL = new Object();

        private final Inbox inbox;
        private final JdbcClient database;
        private final Tracer tracer;

        EffectRecorder(Inbox inbox, JdbcClient database, Tracer tracer) {
            this.inbox = inbox;
            this.database = database;
            this.tracer = tracer;
        }

        @KafkaListener(id = CONSUMER, idIsGroup = false, topics = CONSUMED, batch = "true")
        void on(List<ConsumerRecord<String, byte[]>> records) {
            inbox.processAllOnce(CONSUMER, records, message -> {
                String payload = new String(message.payload());
                Span span = tracer.currentSpan();
                database.sql("""
                                INSERT INTO effects (message_id, payload, transaction_label, trace_id)
                                VALUES (?, ?, ?, ?)""")
                        .params(
                                message.id(),
                                payload,
                                transactionLabel(),
                                span == null ? "" : span.context().traceId())
                        .update();
                if (payload.equals("poison") || FAILURES_TO_INJECT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("cannot handle " + payload);
                }
            });
        }

        /** A name for the current transaction, the same for every effect it holds. */
        private static String transactionLabel() {
            Object label = TransactionSynchronizationManager.getResource(TRANSACTION_LABEL);
            if (label == null) {
                label = UUID.randomUUID().toString();
                TransactionSynchronizationManager.bindResource(TRANSACTION_LABEL, label);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResource(TRANSACTION_LABEL);
                    }
                });
            }
            return (String) label;
        }
    }
}
