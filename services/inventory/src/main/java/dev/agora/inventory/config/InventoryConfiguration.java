package dev.agora.inventory.config;

import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.inventory.application.CheckAvailability;
import dev.agora.inventory.application.CommitStock;
import dev.agora.inventory.application.ExpiredReservations;
import dev.agora.inventory.application.ReceiveStock;
import dev.agora.inventory.application.ReleaseStock;
import dev.agora.inventory.application.ReserveStock;
import dev.agora.inventory.application.ViewStock;
import dev.agora.inventory.application.port.StockEvents;
import dev.agora.inventory.domain.Reservations;
import dev.agora.inventory.domain.StockLevels;
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

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventoryProperties.class)
@EnableScheduling
class InventoryConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The outbox's producer, connected before inventory is ready. */
    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(InventoryTopics.EVENTS));
    }

    @Bean
    ReserveStock reserveStock(
            StockLevels stockLevels,
            Reservations reservations,
            StockEvents events,
            Clock clock,
            InventoryProperties properties) {
        return new ReserveStock(stockLevels, reservations, events, clock, properties.reservationHold());
    }

    @Bean
    ReleaseStock releaseStock(StockLevels stockLevels, Reservations reservations, StockEvents events, Clock clock) {
        return new ReleaseStock(stockLevels, reservations, events, clock);
    }

    @Bean
    CommitStock commitStock(StockLevels stockLevels, Reservations reservations, StockEvents events) {
        return new CommitStock(stockLevels, reservations, events);
    }

    @Bean
    ExpiredReservations expiredReservations(Reservations reservations, Clock clock) {
        return new ExpiredReservations(reservations, clock);
    }

    @Bean
    ViewStock viewStock(StockLevels stockLevels) {
        return new ViewStock(stockLevels);
    }

    @Bean
    CheckAvailability checkAvailability(StockLevels stockLevels) {
        return new CheckAvailability(stockLevels);
    }

    @Bean
    ReceiveStock receiveStock(StockLevels stockLevels) {
        return new ReceiveStock(stockLevels);
    }

    @Bean
    OpenAPI inventoryApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora inventory")
                        .version("v1")
                        .description("Stock levels and receipts of goods (admins only)."));
    }
}
