package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.launcher.Home;
import dev.agora.launcher.KafkaBroker;
import dev.agora.launcher.Platform;
import dev.agora.launcher.Ports;
import dev.agora.launcher.ServiceSpec;
import dev.agora.launcher.Topology;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local broker ./agora runs: a real KRaft node from the Apache Kafka jars, started by the launcher with the topics
 * of the topology, its data kept across restarts.
 */
class KafkaBrokerIT {

    static final int PORT_OFFSET = 10_000;

    final Path repository = Home.findRepository(Path.of(""));
    final Home home = new Home(repository, repository.resolve("system-tests/target/agora-kafka"));
    final ServiceSpec broker = Topology.services(home, PORT_OFFSET).stream()
            .filter(ServiceSpec::isKafkaBroker)
            .findFirst()
            .orElseThrow();
    final Platform platform = new Platform(home, Duration.ofSeconds(90));

    @BeforeEach
    void startAfresh() throws IOException {
        platform.stopAll();
        Path kafka = home.state().resolve("kafka");
        if (Files.exists(kafka)) {
            try (Stream<Path> files = Files.walk(kafka)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @AfterEach
    void stop() {
        platform.stopAll();
    }

    @Test
    void creates_the_topics_of_the_topology_with_their_dead_letter_topics() {
        platform.start(List.of(broker));

        assertThat(KafkaBroker.topics(broker))
                .containsAll(Topology.topics().keySet())
                .contains(OrdersTopics.EVENTS, OrdersTopics.EVENTS + ".DLT", InventoryTopics.COMMANDS + ".DLT");
        assertThat(platform.running(KafkaBroker.NAME)).isPresent();
        assertThat(broker.isReady()).isTrue();
    }

    @Test
    void keeps_topics_and_records_across_a_restart() {
        platform.start(List.of(broker));
        KafkaBroker.createTopics(
                broker, Map.of(OrdersTopics.EVENTS, 3)); // again: an existing topic is kept, not an error
        send("order-1", "placed");
        assertThat(readAll()).containsExactly("order-1=placed");

        platform.restart(broker);

        assertThat(KafkaBroker.topics(broker)).contains(OrdersTopics.EVENTS);
        assertThat(readAll()).containsExactly("order-1=placed");
    }

    @Test
    void stops_with_the_platform_and_frees_its_ports() {
        platform.start(List.of(broker));

        assertThat(platform.stopAll()).containsExactly(KafkaBroker.NAME);
        assertThat(Ports.isFree(broker.port())).isTrue();
        assertThat(Ports.isFree(broker.managementPort())).isTrue();
    }

    void send(String key, String value) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(broker));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(OrdersTopics.EVENTS, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + OrdersTopics.EVENTS, e);
        }
    }

    List<String> readAll() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(broker));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(OrdersTopics.EVENTS));
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
