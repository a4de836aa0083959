package dev.agora.notifications.config;

import dev.agora.contracts.notifications.v1.NotificationsTopics;
import dev.agora.notifications.application.EraseNotifications;
import dev.agora.notifications.application.ListNotifications;
import dev.agora.notifications.application.NotifyCustomer;
import dev.agora.notifications.application.port.ErasureConfirmations;
import dev.agora.notifications.application.port.LiveFeed;
import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.domain.Notifications;
import dev.agora.platform.messaging.PublishingWarmUp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
@EnableScheduling
class NotificationsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NotifyCustomer notifyCustomer(Notifications notifications, Mailbox mailbox, LiveFeed liveFeed, Clock clock) {
        return new NotifyCustomer(notifications, mailbox, liveFeed, NotificationsConfiguration::afterCommit, clock);
    }

    @Bean
    EraseNotifications eraseNotifications(
            Notifications notifications,
            Mailbox mailbox,
            ErasureConfirmations confirmations,
            TransactionOperations transactions,
            Clock clock) {
        return new EraseNotifications(notifications, mailbox, confirmations, transactions, clock);
    }

    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(NotificationsTopics.EVENTS));
    }

    @Bean
    ListNotifications listNotifications(Notifications notifications) {
        return new ListNotifications(notifications);
    }

    @Bean
    OpenAPI notificationsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora notifications")
                        .version("v1")
                        .description("What customers are told about their orders, listed and live (SSE)."));
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
