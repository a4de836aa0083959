package dev.agora.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.testing.ClosedPort;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The producer a service publishes with is connected before the service is ready, not at its first message. */
@EmbeddedKafka(partitions = 3, topics = PublishingWarmUpIT.TOPIC)
class PublishingWarmUpIT {

    static final String TOPIC = "test.warm-up.v1";

    @Test
    void the_warm_up_makes_the_producer_and_connects_it_to_the_broker(EmbeddedKafkaBroker broker) {
        AtomicInteger producersMade = new AtomicInteger();
        KafkaTemplate<String, byte[]> kafka = template(broker.getBrokersAsString(), producersMade);

        assertThat(producersMade).as("before the warm-up").hasValue(0);
        new PublishingWarmUp(kafka, List.of(TOPIC)).run();

        assertThat(producersMade).hasValue(1);
        assertThat(metric(kafka, "connection-count")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_warm_up_gives_up_when_no_broker_answers() {
        KafkaTemplate<String, byte[]> kafka = template("127.0.0.1:" + ClosedPort.find(), new AtomicInteger());

        assertThatThrownBy(() -> new PublishingWarmUp(kafka, List.of(TOPIC), Duration.ofMillis(500)).run())
                .isInstanceOf(KafkaException.class);
    }

    private static KafkaTemplate<String, byte[]> template(String bootstrapServers, AtomicInteger producersMade) {
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
        producers.addListener(new ProducerFactory.Listener<>() {
            @Override
            public void producerAdded(String id, Producer<String, byte[]> producer) {
                producersMade.incrementAndGet();
            }
        });
        return new KafkaTemplate<>(producers);
    }

    private static double metric(KafkaTemplate<String, byte[]> kafka, String name) {
        return kafka.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().group().equals("producer-metrics")
                        && metric.getKey().name().equals(name))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no producer metric " + name));
    }
}
