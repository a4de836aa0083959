package dev.agora.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.KafkaTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every service relies on from messaging, on a real (in-JVM KRaft) broker and a real database: the outbox
 * publishes what was committed and only that, in order per key, with the envelope; the inbox makes redelivery
 * harmless; a message that keeps failing lands in its DLT with the failure, and the consumer goes on.
 */
// Closed after each database's class: its listener and relay must not outlive the database and the broker.
@DirtiesContext
@EmbeddedKafka(
        partitions = 3,
        topics = {
            MessagingTestApplication.PUBLISHED,
            MessagingTestApplication.CONSUMED,
            MessagingTestApplication.CONSUMED + ".DLT"
        })
abstract class MessagingContract {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient database;

    @Autowired
    Tracer tracer;

    @Autowired
    MessagingTestApplication.FailedMessageSpans failedSpans;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        transactions = new TransactionTemplate(transactionManager);
        MessagingTestApplication.FAILURES_TO_INJECT.set(0);
    }

    @Test
    void publishes_committed_messages_with_the_envelope_in_order_per_key() {
        String run = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                outbox.add(message(run + "-" + (i % 3), "seq-" + i));
            }
        });

        List<ConsumerRecord<String, byte[]>> records = readUntil(MessagingTestApplication.PUBLISHED, run, 30);

        Map<String, List<Integer>> sequenceByKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            sequenceByKey
                    .computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(Integer.parseInt(text(record.value()).substring(4)));
        }
        assertThat(sequenceByKey).hasSize(3);
        sequenceByKey
                .values()
                .forEach(sequence -> assertThat(sequence).isSorted().hasSize(10));
        ConsumerRecord<String, byte[]> first = records.getFirst();
        assertThat(header(first, EnvelopeHeaders.ID)).satisfies(UUID::fromString);
        assertThat(header(first, EnvelopeHeaders.TYPE)).isEqualTo("agora.test.v1.Noted");
        assertThat(header(first, EnvelopeHeaders.SOURCE)).isEqualTo("agora/messaging-test");
        assertThat(Instant.parse(header(first, EnvelopeHeaders.TIME)))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(records.stream().map(record -> header(record, EnvelopeHeaders.ID)))
                .doesNotHaveDuplicates();
    }

    @Test
    void a_message_carries_the_trace_of_the_work_that_wrote_it() {
        String run = UUID.randomUUID().toString();
        Span span = tracer.nextSpan().name("place-order").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            transactions.executeWithoutResult(status -> outbox.add(message(run, "traced")));
        } finally {
            span.end();
        }

        ConsumerRecord<String, byte[]> record =
                readUntil(MessagingTestApplication.PUBLISHED, run, 1).getFirst();

        assertThat(header(record, EnvelopeHeaders.TRACEPARENT))
                .isEqualTo(
                        "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
    }

    @Test
    void publishes_nothing_of_a_transaction_that_rolled_back() {
        String run = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    outbox.add(message(run, "rolled-back"));
                    throw new IllegalStateException("the state change failed");
                }))
                .hasMessage("the state change failed");
        transactions.executeWithoutResult(status -> outbox.add(message(run, "committed")));

        List<ConsumerRecord<String, byte[]>> records = readUntil(MessagingTestApplication.PUBLISHED, run, 1);

        assertThat(records).extracting(record -> text(record.value())).containsExactly("committed");
    }

    @Test
    void refuses_a_message_outside_a_transaction_as_it_could_be_lost() {
        assertThatThrownBy(() -> outbox.add(message("k", "alone")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void publishes_after_a_restart_what_was_committed_while_the_relay_was_down() {
        String run = UUID.randomUUID().toString();
        relay.stop();
        try {
            transactions.executeWithoutResult(status -> outbox.add(message(run, "while-down")));
            assertThat(unsentRows(run)).isEqualTo(1);
        } finally {
            relay.start();
        }

        assertThat(readUntil(MessagingTestApplication.PUBLISHED, run, 1))
                .extracting(record -> text(record.value()))
                .containsExactly("while-down");
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentRows(run) == 0);
    }

    @Test
    void a_relay_with_nothing_to_send_does_not_wait_for_the_lease_another_instance_holds() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentRows("") == 0);
        CountDownLatch leaseHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    database.sql(OutboxRelay.TAKE_LEASE).query(Integer.class).single();
                    leaseHeld.countDown();
                    awaitQuietly(release);
                }),
                MessagingContract::inOwnThread);
        try {
            assertThat(leaseHeld.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> idleRound =
                    CompletableFuture.supplyAsync(relay::relayOnce, MessagingContract::inOwnThread);

            assertThat(idleRound).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(0);
        } finally {
            release.countDown();
        }
        otherInstance.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_redelivered_message_has_one_effect() {
        String id = UUID.randomUUID().toString();
        publishRaw(id, "twice");
        publishRaw(id, "twice");
        String marker = UUID.randomUUID().toString();
        publishRaw(marker, "after");

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(marker) == 1);
        assertThat(effectsOf(id)).isEqualTo(1);
    }

    @Test
    void each_message_is_timed_once_by_its_observation_under_one_set_of_tags() {
        // Prometheus takes one set of tag keys per name: the container's own timers would make it refuse these.
        String id = UUID.randomUUID().toString();
        publishRaw(id, "timed");

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(id) == 1);
        assertThat(meters.find("spring.kafka.listener").timers())
                .isNotEmpty()
                .allSatisfy(timer -> assertThat(timer.getId().getTag("spring.kafka.listener.id"))
                        .as("tags of %s", timer.getId())
                        .isEqualTo(MessagingTestApplication.CONSUMER));
    }

    @Test
    void offsets_are_committed_after_processing_at_most_once_a_second() {
        // A commit a poll was a broker round trip per message under load; a crash now redelivers up to a second of
        // messages, which the test above shows harmless.
        ContainerProperties container = listeners
                .getListenerContainer(MessagingTestApplication.CONSUMER)
                .getContainerProperties();

        assertThat(container.getAckMode()).isEqualTo(ContainerProperties.AckMode.TIME);
        assertThat(container.getAckTime()).isEqualTo(1000);
    }

    @Test
    void an_effect_that_failed_is_rolled_back_with_its_inbox_entry_and_the_retry_applies_it_once() {
        MessagingTestApplication.FAILURES_TO_INJECT.set(1);
        String id = UUID.randomUUID().toString();
        publishRaw(id, "fails-once");

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(id) == 1);
        assertThat(MessagingTestApplication.FAILURES_TO_INJECT.get()).isZero();
    }

    @Test
    void a_message_that_keeps_failing_goes_to_the_dead_letter_topic_with_the_failure_and_the_next_is_handled() {
        String poison = UUID.randomUUID().toString();
        publishRaw(poison, "poison");
        String next = UUID.randomUUID().toString();
        publishRaw(next, "fine");

        List<ConsumerRecord<String, byte[]>> dead = readUntil(MessagingTestApplication.CONSUMED + ".DLT", poison, 1);

        ConsumerRecord<String, byte[]> record = dead.getFirst();
        assertThat(header(record, EnvelopeHeaders.ID)).isEqualTo(poison);
        assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(MessagingTestApplication.CONSUMED);
        assertThat(header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("cannot handle poison");
        assertThat(text(record.value())).isEqualTo("poison");
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(next) == 1);
        assertThat(effectsOf(poison)).as("each failed attempt was rolled back").isZero();
    }

    @Test
    void a_message_without_an_envelope_goes_to_the_dead_letter_topic_at_once() {
        String key = UUID.randomUUID().toString();
        send(new ProducerRecord<>(
                MessagingTestApplication.CONSUMED, key, "no headers".getBytes(StandardCharsets.UTF_8)));

        List<ConsumerRecord<String, byte[]>> dead = readUntil(MessagingTestApplication.CONSUMED + ".DLT", key, 1);

        assertThat(header(dead.getFirst(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("has no ce_id header");
        assertThat(header(dead.getFirst(), KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .as("not retried: retrying cannot help")
                .isEqualTo(MalformedMessage.class.getName());
    }

    @Test
    void a_poll_is_handled_in_one_transaction_and_each_message_in_the_trace_that_wrote_it() {
        String key = UUID.randomUUID().toString(); // one partition, so one poll
        Map<String, String> traceOfMessage = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            traceOfMessage.put(UUID.randomUUID().toString(), hex(32));
        }

        whileConsumerPaused(() -> traceOfMessage.forEach((id, traceId) -> {
            ProducerRecord<String, byte[]> record = KafkaTopics.enveloped(
                    MessagingTestApplication.CONSUMED,
                    key,
                    id,
                    "agora.test.v1.Noted",
                    "traced".getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(
                            EnvelopeHeaders.TRACEPARENT,
                            ("00-" + traceId + "-" + hex(16) + "-01").getBytes(StandardCharsets.UTF_8));
            send(record);
        }));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> traceOfMessage.keySet().stream().allMatch(id -> effectsOf(id) == 1));
        traceOfMessage.forEach((id, traceId) -> assertThat(effectColumn(id, "trace_id"))
                .as("the effect of %s runs in the trace that wrote it", id)
                .isEqualTo(traceId));
        // Two polls at most: a fetch under way as the consumer paused may bring the first message alone.
        assertThat(traceOfMessage.keySet().stream()
                        .map(id -> effectColumn(id, "transaction_label"))
                        .distinct())
                .as("one commit per poll, not per message")
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void a_message_that_fails_leaves_the_others_of_its_poll_their_effect_once() {
        String key = UUID.randomUUID().toString();
        String before = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();

        whileConsumerPaused(() -> {
            publishRaw(key, before, "fine");
            publishRaw(key, poison, "poison");
            publishRaw(key, after, "fine");
        });

        readUntil(MessagingTestApplication.CONSUMED + ".DLT", key, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(after) == 1);
        assertThat(effectsOf(before)).isEqualTo(1);
        assertThat(effectsOf(poison)).isZero();
        assertThat(failedSpans.messageIds)
                .as("the failing message's span carries its error, the others' do not")
                .contains(poison)
                .doesNotContain(before, after);
    }

    private static OutgoingMessage message(String key, String payload) {
        return new OutgoingMessage(
                MessagingTestApplication.PUBLISHED,
                key,
                "agora.test.v1.Noted",
                payload.getBytes(StandardCharsets.UTF_8));
    }

    // Not the common pool: with one worker on a two-core machine, the round would queue behind the lease holder.
    private static void inOwnThread(Runnable task) {
        Thread.ofPlatform().start(task);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int unsentRows(String keyPrefix) {
        return database.sql("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL AND message_key LIKE ?")
                .param(keyPrefix + "%")
                .query(Integer.class)
                .single();
    }

    private int effectsOf(String messageId) {
        return database.sql("SELECT COUNT(*) FROM effects WHERE message_id = ?")
                .param(messageId)
                .query(Integer.class)
                .single();
    }

    private void publishRaw(String id, String payload) {
        publishRaw(id, id, payload);
    }

    private void publishRaw(String key, String id, String payload) {
        kafka().publish(
                        MessagingTestApplication.CONSUMED,
                        key,
                        id,
                        "agora.test.v1.Noted",
                        payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code publishing} while the test consumer polls nothing, so that what it sends comes in one poll. */
    private void whileConsumerPaused(Runnable publishing) {
        MessageListenerContainer container = listeners.getListenerContainer(MessagingTestApplication.CONSUMER);
        container.pause();
        await().atMost(Duration.ofSeconds(30)).until(container::isContainerPaused);
        try {
            publishing.run();
        } finally {
            container.resume();
        }
    }

    private String effectColumn(String messageId, String column) {
        return database.sql("SELECT " + column + " FROM effects WHERE message_id = ?")
                .param(messageId)
                .query(String.class)
                .single();
    }

    private static String hex(int digits) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, digits);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        kafka().send(record);
    }

    private List<ConsumerRecord<String, byte[]>> readUntil(String topic, String keyPrefix, int count) {
        return kafka().readKeyed(topic, keyPrefix, count);
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaTopics.header(record, name);
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
