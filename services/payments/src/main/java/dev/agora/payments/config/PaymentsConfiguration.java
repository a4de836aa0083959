package dev.agora.payments.config;

import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.payments.application.AuthorizePayment;
import dev.agora.payments.application.PseudonymiseCustomer;
import dev.agora.payments.application.ViewPayment;
import dev.agora.payments.application.VoidPayment;
import dev.agora.payments.application.port.PaymentEvents;
import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.domain.Ledger;
import dev.agora.payments.domain.Payments;
import dev.agora.platform.messaging.PublishingWarmUp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsProperties.class)
class PaymentsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The outbox's producer, connected before payments is ready. */
    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(PaymentsTopics.EVENTS));
    }

    @Bean
    AuthorizePayment authorizePayment(
            Payments payments, Ledger ledger, PaymentProvider provider, PaymentEvents events, Clock clock) {
        return new AuthorizePayment(payments, ledger, provider, events, clock, UUID::randomUUID);
    }

    @Bean
    VoidPayment voidPayment(
            Payments payments, Ledger ledger, PaymentProvider provider, PaymentEvents events, Clock clock) {
        return new VoidPayment(payments, ledger, provider, events, clock, UUID::randomUUID);
    }

    @Bean
    PseudonymiseCustomer pseudonymiseCustomer(
            Payments payments, PaymentEvents events, TransactionOperations transactions, Clock clock) {
        return new PseudonymiseCustomer(payments, events, transactions, clock);
    }

    @Bean
    ViewPayment viewPayment(Payments payments, Ledger ledger) {
        return new ViewPayment(payments, ledger);
    }

    @Bean
    OpenAPI paymentsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora payments")
                        .version("v1")
                        .description("The payment of an order and its ledger, for the customer who placed it."));
    }
}
