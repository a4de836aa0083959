package dev.agora.payments.adapter.out.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.Money;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.payments.v1.VoidPayment;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Payments as production runs it (the prod profile, a provider's API over real HTTP, its key from the environment) as
 * the checkout saga sees it on a real broker: authorized and refunded at the provider, declined when it declines.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:payments-prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
@ActiveProfiles("prod")
@EmbeddedKafka(
        partitions = 3,
        topics = {PaymentsTopics.COMMANDS, PaymentsTopics.COMMANDS + ".DLT", PaymentsTopics.EVENTS})
class ProductionProviderIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final ProviderServer PROVIDER = ProviderServer.start();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("agora.payments.provider.url", () -> PROVIDER.url().toString());
        registry.add("agora.payments.provider.api-key", () -> ProviderServer.API_KEY);
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void an_order_is_authorized_and_refunded_at_the_provider() throws Exception {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "pm_card_visa"));
        command(order, VoidPayment.newBuilder().setOrderId(order.toString()).build());

        List<ConsumerRecord<String, byte[]>> answers = kafka().readKeyed(PaymentsTopics.EVENTS, order.toString(), 2);
        assertThat(KafkaTopics.header(answers.get(0), "ce_type")).isEqualTo("agora.payments.v1.PaymentAuthorized");
        assertThat(PaymentVoided.parseFrom(answers.get(1).value()).getRefunded().getAmount())
                .isEqualTo("42.00");
        String reference = PROVIDER.referenceFor(order.toString());
        assertThat(reference).as("authorized at the provider").isNotNull();
        // Refunded before the void was announced: in the same transaction.
        ProviderServer.Request refund = PROVIDER.requests.stream()
                .filter(request -> ("refund-" + reference).equals(request.idempotencyKey()))
                .findFirst()
                .orElseThrow();
        assertThat(refund.path()).isEqualTo("/v1/authorizations/" + reference + "/refunds");
        assertThat(refund.authorization()).isEqualTo("Bearer " + ProviderServer.API_KEY);
        assertThat(refund.body()).contains("\"amount\":\"42.00\"");
    }

    @Test
    void a_card_the_provider_declines_is_declined() throws Exception {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "pm_declined"));

        ConsumerRecord<String, byte[]> answer =
                kafka().readKeyed(PaymentsTopics.EVENTS, order.toString(), 1).getFirst();
        assertThat(KafkaTopics.header(answer, "ce_type")).isEqualTo("agora.payments.v1.PaymentDeclined");
        assertThat(PaymentDeclined.parseFrom(answer.value()).getReason()).isEqualTo("insufficient funds");
    }

    private static AuthorizePayment authorize(UUID order, String token) {
        return AuthorizePayment.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId("alice-id")
                .setAmount(Money.newBuilder().setAmount("42.00").setCurrency("EUR"))
                .setPaymentToken(token)
                .build();
    }

    private void command(UUID order, com.google.protobuf.Message command) {
        kafka().publish(PaymentsTopics.COMMANDS, order.toString(), command);
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
