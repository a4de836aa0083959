package dev.agora.platform.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A service reduced to what messaging needs: a database, a topic it publishes to and one it consumes. */
@SpringBootApplication
class MessagingTestApplication {

    static final String PUBLISHED = "test.published.v1";
    static final String CONSUMED = "test.consumed.v1";

    /** How many of the next messages fail after their effect was written (which the rollback must undo). */
    static final AtomicInteger FAILURES_TO_INJECT = new AtomicInteger();

    /** Consumes through the inbox, recording one effect row per message; a payload "poison" always fails. */
    @Component
    static class EffectRecorder {

        private final Inbox inbox;
        private final JdbcClient database;

        EffectRecorder(Inbox inbox, JdbcClient database) {
            this.inbox = inbox;
            this.database = database;
        }

        @KafkaListener(topics = CONSUMED)
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.processOnce("effect-recorder", IncomingMessage.of(record), message -> {
                String payload = new String(message.payload());
                database.sql("INSERT INTO effects (message_id, payload) VALUES (?, ?)")
                        .params(message.id(), payload)
                        .update();
                if (payload.equals("poison") || FAILURES_TO_INJECT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("cannot handle " + payload);
                }
            });
        }
    }
}
