package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Home;
import dev.agora.launcher.KafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local broker ./agora runs: a real KRaft node from the Apache Kafka jars, its data kept across restarts. */
class KafkaBrokerIT {

    static final int PORT = 19_092;
    static final int CONTROLLER_PORT = 19_093;
    static final String TOPIC = "agora.smoke.v1";

    final Path repository = Home.findRepository(Path.of(""));
    final Home home = new Home(repository, repository.resolve("system-tests/target/agora-kafka"));

    @BeforeEach
    void startAfresh() throws IOException {
        Path kafka = home.state().resolve("kafka");
        if (Files.exists(kafka)) {
            try (Stream<Path> files = Files.walk(kafka)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void keeps_topics_and_records_across_a_restart() {
        try (KafkaBroker broker = KafkaBroker.start(home, PORT, CONTROLLER_PORT, Duration.ofSeconds(90))) {
            broker.createTopics(Map.of(TOPIC, 3));
            broker.createTopics(Map.of(TOPIC, 3)); // again: an existing topic is kept, not an error

            send(broker, "order-1", "placed");
            assertThat(readAll(broker)).containsExactly("order-1=placed");
        }

        try (KafkaBroker restarted = KafkaBroker.start(home, PORT, CONTROLLER_PORT, Duration.ofSeconds(90))) {
            assertThat(restarted.topics()).contains(TOPIC);
            assertThat(readAll(restarted)).containsExactly("order-1=placed");
        }
    }

    static void send(KafkaBroker broker, String key, String value) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + TOPIC, e);
        }
    }

    static List<String> readAll(KafkaBroker broker) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }
}
