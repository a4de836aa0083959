package dev.agora.platform.messaging;

import dev.agora.platform.problem.CurrentTrace;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a service gets by depending on messaging: the outbox and its relay, the inbox, and the error handling of every
 * listener (bounded retries with backoff, then the dead-letter topic {@code <topic>.DLT}, the failure in its headers).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    static final String DEAD_LETTER_SUFFIX = ".DLT";

    private static final Logger LOG = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    MessagingSchema messagingSchema(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceSchema) {
        serviceSchema.ifAvailable(initialized -> {}); // the service's own migrations first, on an empty schema
        return new MessagingSchema(dataSource);
    }

    @Bean
    OutboxRelay outboxRelay(
            MessagingSchema schema,
            JdbcClient database,
            PlatformTransactionManager transactions,
            KafkaOperations<String, byte[]> kafka,
            MessagingProperties properties,
            ObjectProvider<Clock> clock) {
        return new OutboxRelay(
                database,
                new TransactionTemplate(transactions),
                kafka,
                properties,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    Outbox outbox(
            MessagingSchema schema,
            JdbcClient database,
            ObjectProvider<Clock> clock,
            CurrentTrace trace,
            OutboxRelay relay) {
        return new Outbox(database, clock.getIfAvailable(Clock::systemUTC), trace, relay);
    }

    @Bean
    MessagingMetrics messagingMetrics(
            MessagingSchema schema,
            JdbcClient database,
            ObjectProvider<Clock> clock,
            KafkaAdmin kafkaAdmin,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        return new MessagingMetrics(
                database,
                clock.getIfAvailable(Clock::systemUTC),
                () -> Admin.create(kafkaAdmin.getConfigurationProperties()),
                () -> listeners.stream()
                        .flatMap(registry -> registry.getListenerContainers().stream())
                        .flatMap(container -> {
                            String[] topics = container.getContainerProperties().getTopics();
                            return topics == null ? Stream.<String>empty() : Arrays.stream(topics);
                        })
                        .toList());
    }

    @Bean
    Inbox inbox(
            MessagingSchema schema,
            JdbcClient database,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock,
            CurrentTrace trace,
            ObjectProvider<ObservationRegistry> observations) {
        return new Inbox(
                database,
                new TransactionTemplate(transactions),
                clock.getIfAvailable(Clock::systemUTC),
                trace,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /**
     * The inbox times each message by its own observation (the {@code spring.kafka.listener} timer, tagged with the
     * listener's id), which Spring Kafka does not do for a listener that takes a whole poll; the container's own timers,
     * under the same name with other tags, would make Prometheus refuse the inbox's (one set of tag keys per name).
     * Applied by Boot to every {@code @KafkaListener} container.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>
            listenerTimedByObservations() {
        return container -> container.getContainerProperties().setMicrometerEnabled(false);
    }

    /** Applied by Boot to every {@code @KafkaListener} container. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, byte[]> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(deadLetterTopicOf(record), record.partition()));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
        backOff.setInitialInterval(properties.retryFirstDelay().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.retryMaxDelay().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, failure) -> {
                    LOG.atError()
                            .addKeyValue("topic", record.topic())
                            .addKeyValue("partition", record.partition())
                            .addKeyValue("offset", record.offset())
                            .addKeyValue("key", record.key())
                            .addKeyValue(
                                    "error",
                                    NestedExceptionUtils.getMostSpecificCause(failure)
                                            .toString())
                            .addKeyValue("deadLetterTopic", deadLetterTopicOf(record))
                            .log("message sent to its dead-letter topic");
                    deadLetters.accept(record, asFailureOfOneRecord(failure));
                },
                backOff);
        handler.addNotRetryableExceptions(MalformedMessage.class);
        return handler;
    }

    /**
     * The failure of a listener of one record, as a listener of a poll reports it wrapped in the index of its record:
     * the dead letter's headers name the message's own failure, whichever kind of listener met it.
     */
    static Exception asFailureOfOneRecord(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException batchFailure && batchFailure.getCause() != null) {
                return new ListenerExecutionFailedException(
                        String.valueOf(batchFailure.getCause().getMessage()), batchFailure.getCause());
            }
        }
        return failure;
    }

    static String deadLetterTopicOf(ConsumerRecord<?, ?> record) {
        return record.topic() + DEAD_LETTER_SUFFIX;
    }
}
