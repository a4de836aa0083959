package dev.agora.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator watches of a service's messaging (docs/metrics.md): the outbox's backlog, read from its table at
 * each scrape, and the depth of the dead-letter topics of what the service consumes: the messages in each
 * {@code <topic>.DLT} that {@code ./agora dlt redrive} has not yet sent back. Kafka's own consumer metrics (lag) come
 * from Spring Boot.
 */
public class MessagingMetrics implements MeterBinder, SmartLifecycle {

    /** The consumer group of {@code ./agora dlt redrive}: what it has committed on a DLT was sent back. */
    public static final String REDRIVE_GROUP = "agora-dlt-redrive";

    private static final Logger LOG = LoggerFactory.getLogger(MessagingMetrics.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration DEPTH_REFRESH = Duration.ofSeconds(10);

    private final JdbcClient database;
    private final Clock clock;
    private final Supplier<Admin> kafka;
    private final Supplier<Collection<String>> consumedTopics;
    private final Map<String, Long> deadLetterDepths = new ConcurrentHashMap<>();

    private volatile @Nullable MeterRegistry registry;
    private @Nullable ScheduledExecutorService refresher;
    private @Nullable Admin admin;

    /**
     * @param kafka opens a client to ask the broker about the DLTs
     * @param consumedTopics the topics the service's listeners read (known once they are registered), whose DLTs are
     *     watched
     */
    public MessagingMetrics(
            JdbcClient database, Clock clock, Supplier<Admin> kafka, Supplier<Collection<String>> consumedTopics) {
        this.database = database;
        this.clock = clock;
        this.kafka = kafka;
        this.consumedTopics = consumedTopics;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("agora.outbox.unsent", this, MessagingMetrics::unsent)
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("agora.outbox.oldest.age", this, MessagingMetrics::oldestUnsentAgeSeconds)
                .description("Age of the oldest unpublished outbox row (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
        this.registry = registry;
    }

    /** Once the listeners are registered: a gauge per DLT of what they consume, refreshed in the background. */
    @Override
    public void start() {
        MeterRegistry meters = registry;
        List<String> deadLetterTopics = consumedTopics.get().stream()
                .map(topic -> topic + MessagingAutoConfiguration.DEAD_LETTER_SUFFIX)
                .distinct()
                .sorted()
                .toList();
        if (meters == null || deadLetterTopics.isEmpty()) {
            return;
        }
        deadLetterTopics.forEach(topic -> {
            deadLetterDepths.put(topic, 0L);
            Gauge.builder("agora.messaging.dlt.depth", deadLetterDepths, depths -> depths.getOrDefault(topic, 0L))
                    .description("Messages waiting in a dead-letter topic, not redriven yet")
                    .tag("topic", topic)
                    .register(meters);
        });
        admin = kafka.get();
        refresher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("dlt-depths").factory());
        refresher.scheduleWithFixedDelay(
                this::refreshDeadLetterDepths, 0, DEPTH_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }

    private double unsent() {
        try {
            return database.sql("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL")
                    .query(Long.class)
                    .single();
        } catch (DataAccessException unavailable) {
            return Double.NaN; // no figure rather than a wrong one; the health check reports the database
        }
    }

    private double oldestUnsentAgeSeconds() {
        try {
            Timestamp oldest = database.sql("SELECT MIN(occurred_at) FROM outbox_messages WHERE sent_at IS NULL")
                    .query(Timestamp.class)
                    .optional()
                    .orElse(null);
            if (oldest == null) {
                return 0;
            }
            return Math.max(
                    0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    /**
     * Asks the broker how deep each DLT is (its end offsets less what the redrive group committed). Run in the
     * background every few seconds, so that a scrape never waits on Kafka.
     */
    void refreshDeadLetterDepths() {
        Admin kafka = admin;
        if (kafka == null) {
            return;
        }
        try {
            Map<String, TopicDescription> topics = kafka.describeTopics(deadLetterDepths.keySet())
                    .allTopicNames()
                    .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Set<TopicPartition> partitions = topics.values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(
                            partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> redriven = kafka.listConsumerGroupOffsets(REDRIVE_GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (String topic : topics.keySet()) {
                long depth = 0;
                for (TopicPartition partition : partitions) {
                    if (partition.topic().equals(topic)) {
                        OffsetAndMetadata done = redriven.get(partition);
                        depth += ends.get(partition).offset() - (done == null ? 0 : done.offset());
                    }
                }
                deadLetterDepths.put(topic, Math.max(0, depth));
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.atDebug().addKeyValue("cause", e.toString()).log("Dead-letter depths not refreshed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How deep each watched DLT was at the last refresh. */
    Map<String, Long> deadLetterDepths() {
        return Map.copyOf(deadLetterDepths);
    }
}
