package dev.agora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * A test's own Kafka client, on a real broker: sends records as another Agora service would (with the envelope
 * headers), and reads what a service published.
 */
public final class KafkaTopics {

    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends a payload with the envelope of platform/messaging: ce_id, ce_type, ce_source, ce_time. */
    public void publish(String topic, String key, String id, String type, byte[] payload) {
        send(enveloped(topic, key, id, type, payload));
    }

    /** A record with the envelope of platform/messaging, to send as it is or with more headers. */
    public static ProducerRecord<String, byte[]> enveloped(
            String topic, String key, String id, String type, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers()
                .add("ce_id", utf8(id))
                .add("ce_type", utf8(type))
                .add("ce_source", utf8("agora/test"))
                .add("ce_time", utf8(Instant.now().toString()));
        return record;
    }

    /** Sends a contract message as a service would: a new {@code ce_id}, typed by its protobuf name. */
    public void publish(String topic, String key, Message payload) {
        publish(
                topic,
                key,
                UUID.randomUUID().toString(),
                payload.getDescriptorForType().getFullName(),
                payload.toByteArray());
    }

    /** Sends a record as it is, with whatever headers it has (or none). */
    public void send(ProducerRecord<String, byte[]> record) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + record.topic(), e);
        }
    }

    /**
     * The records of {@code topic} that {@code wanted} accepts, read from the beginning until {@code count} arrived
     * (failing after 30 s), and half a second more: anything that should not be there would have come with the rest.
     */
    public List<ConsumerRecord<String, byte[]>> read(
            String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Consumer<ConsumerRecord<String, byte[]>> keepWanted = record -> {
            if (wanted.test(record)) {
                found.add(record);
            }
        };
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(keepWanted);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(keepWanted);
        }
        assertThat(found).as("records on %s", topic).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    /** The records of {@code topic} whose key starts with {@code keyPrefix}; see {@link #read(String, Predicate, int)}. */
    public List<ConsumerRecord<String, byte[]>> readKeyed(String topic, String keyPrefix, int count) {
        return read(topic, record -> record.key() != null && record.key().startsWith(keyPrefix), count);
    }

    public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
