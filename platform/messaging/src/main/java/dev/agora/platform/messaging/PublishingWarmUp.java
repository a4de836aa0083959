package dev.agora.platform.messaging;

import dev.agora.platform.warmup.WarmUp;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Before the service reports ready, makes the outbox relay's producer connect to the broker and fetch the metadata of
 * every topic the service publishes to. The producer is otherwise made at the first send: the first order after
 * {@code ./agora up} waited a third of a second between its commit and the broker. A service declares one with the
 * topics of its outbox; the broker may still be starting, so this retries for 30 s at most.
 */
public final class PublishingWarmUp implements WarmUp {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final KafkaOperations<String, byte[]> kafka;
    private final List<String> topics;
    private final Duration deadline;

    public PublishingWarmUp(KafkaOperations<String, byte[]> kafka, List<String> topics) {
        this(kafka, topics, DEADLINE);
    }

    PublishingWarmUp(KafkaOperations<String, byte[]> kafka, List<String> topics, Duration deadline) {
        this.kafka = kafka;
        this.topics = List.copyOf(topics);
        this.deadline = deadline;
    }

    @Override
    public void run() {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        for (String topic : topics) {
            while (true) {
                try {
                    kafka.partitionsFor(topic); // waits for the metadata, max.block.ms at most
                    break;
                } catch (KafkaException notYet) {
                    if (System.nanoTime() - giveUpAt > 0) {
                        throw notYet;
                    }
                }
            }
        }
    }
}
