package dev.agora.launcher;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * The dead-letter topics: what a consumer gave up on after its retries, shown and replayed ({@code ./agora dlt}). A
 * message is waiting until it is redriven: the group {@value #REDRIVE_GROUP} remembers, per DLT partition, how far it
 * has replayed, so none is skipped. Redriving is at least once (a redrive cut short between publishing and recording
 * replays again next time); the consumers' inboxes drop a message they have already processed, by its {@code ce_id}.
 */
public final class DeadLetters {

    static final String REDRIVE_GROUP = "agora-dlt-redrive";
    private static final String DLT = ".DLT";
    private static final String FAILURE_HEADERS = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** A message waiting in a DLT, with why it failed and where it came from. */
    public record DeadLetter(
            String topic, int partition, long offset, String key, String type, String id, String failure, String from) {

        String describe() {
            return "  %s-%d@%d  key=%s  %s  ce_id=%s%n    failed: %s%n    from: %s"
                    .formatted(topic, partition, offset, key, type, id, failure, from);
        }
    }

    /** The messages of {@code topic}'s DLT not yet redriven, oldest first per partition. */
    public List<DeadLetter> waiting(String topic) {
        String dlt = dltOf(topic);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> from = waitingFrom(consumer, dlt);
            Map<TopicPartition, Long> to = consumer.endOffsets(from.keySet());
            readRange(consumer, from, to, record -> found.add(deadLetter(record)));
        }
        return found;
    }

    /**
     * Publishes every waiting message of {@code topic}'s DLT again to the topic it failed on, with its key, payload and
     * envelope, but without the failure headers; then records them as redriven. Returns how many it replayed.
     */
    public int redrive(String topic) {
        String dlt = dltOf(topic);
        int redriven = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            Map<TopicPartition, Long> from = waitingFrom(consumer, dlt);
            Map<TopicPartition, Long> to = consumer.endOffsets(from.keySet());
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            readRange(consumer, from, to, records::add);
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                RecordHeaders headers = new RecordHeaders();
                for (Header header : record.headers()) {
                    if (!header.key().startsWith(FAILURE_HEADERS)) {
                        headers.add(header);
                    }
                }
                String original = text(record, "kafka_dlt-original-topic");
                sends.add(producer.send(new ProducerRecord<>(
                        original == null ? topicOf(dlt) : original, null, record.key(), record.value(), headers)));
            }
            producer.flush();
            // Per DLT partition, up to the first message the broker did not take: the rest waits for the next redrive.
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            Map<TopicPartition, Boolean> broken = new HashMap<>();
            LaunchFailure failure = null;
            for (int index = 0; index < records.size(); index++) {
                ConsumerRecord<byte[], byte[]> record = records.get(index);
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (broken.containsKey(partition)) {
                    continue;
                }
                try {
                    sends.get(index).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    redriven++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LaunchFailure("Interrupted while redriving " + dlt);
                } catch (ExecutionException | TimeoutException e) {
                    broken.put(partition, true);
                    failure = new LaunchFailure("Could not publish " + record.topic() + "-" + record.partition() + "@"
                            + record.offset() + " again (" + e + "); it and the messages after it still wait.");
                }
            }
            consumer.commitSync(done);
            if (failure != null) {
                throw failure;
            }
        }
        return redriven;
    }

    /** {@code inventory.commands.v1} or {@code inventory.commands.v1.DLT}: the DLT either way. */
    static String dltOf(String topic) {
        return topic.endsWith(DLT) ? topic : topic + DLT;
    }

    private static String topicOf(String dlt) {
        return dlt.substring(0, dlt.length() - DLT.length());
    }

    /** Per partition of the DLT, the first offset not yet redriven. */
    private static Map<TopicPartition, Long> waitingFrom(KafkaConsumer<byte[], byte[]> consumer, String dlt) {
        List<PartitionInfo> partitions = consumer.partitionsFor(dlt, PATIENCE);
        if (partitions == null || partitions.isEmpty()) {
            throw new LaunchFailure("There is no topic " + dlt + ". The DLTs are: "
                    + Topology.topics().keySet().stream()
                            .filter(topic -> topic.endsWith(DLT))
                            .toList());
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(info -> new TopicPartition(dlt, info.partition()))
                .toList();
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(assigned));
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata done = committed.get(partition);
            from.put(partition, Math.max(beginnings.get(partition), done == null ? 0 : done.offset()));
        }
        return from;
    }

    private static void readRange(
            KafkaConsumer<byte[], byte[]> consumer,
            Map<TopicPartition, Long> from,
            Map<TopicPartition, Long> to,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        consumer.assign(from.keySet());
        from.forEach(consumer::seek);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        // Up to each partition's end as it was when we looked (offsets may skip: transaction markers, compaction).
        while (from.keySet().stream().anyMatch(partition -> consumer.position(partition) < to.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new LaunchFailure("Could not read the waiting messages in " + PATIENCE.toSeconds()
                        + " s; is the broker up? ./agora status");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < to.get(partition)) {
                    each.accept(record);
                }
            }
        }
    }

    private static DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record) {
        String original = text(record, "kafka_dlt-original-topic");
        Integer partition = number(record, "kafka_dlt-original-partition");
        Long offset = longNumber(record, "kafka_dlt-original-offset");
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                record.key() == null ? "(none)" : new String(record.key(), StandardCharsets.UTF_8),
                orElse(text(record, "ce_type"), "(no ce_type)"),
                orElse(text(record, "ce_id"), "(no ce_id)"),
                orElse(text(record, "kafka_dlt-exception-message"), "(no reason recorded)"),
                original == null ? topicOf(record.topic()) : original + "-" + partition + "@" + offset);
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static @Nullable String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static @Nullable Integer number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null || header.value().length != Integer.BYTES
                ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static @Nullable Long longNumber(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null || header.value().length != Long.BYTES
                ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, REDRIVE_GROUP);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "agora-dlt-" + UUID.randomUUID());
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
