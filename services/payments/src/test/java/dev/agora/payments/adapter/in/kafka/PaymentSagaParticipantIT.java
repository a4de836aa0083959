package dev.agora.payments.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.Money;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.payments.v1.VoidPayment;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Payments as the checkout saga and a customer see it, on a real (in-JVM KRaft) broker and over real HTTP: commands in
 * on payments.commands.v1, answers out on payments.events.v1, one charge per order at most, a ledger of every
 * authorization and refund, shown to the order's owner only.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:payments-saga;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "agora.payments.slow-token-delay=1s"
        })
@EmbeddedKafka(
        partitions = 3,
        topics = {
            PaymentsTopics.COMMANDS,
            PaymentsTopics.COMMANDS + ".DLT",
            PaymentsTopics.EVENTS,
            UsersTopics.EVENTS,
            UsersTopics.EVENTS + ".DLT"
        })
class PaymentSagaParticipantIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ALICE = "alice-id";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Test
    void tok_ok_is_authorized_once_however_often_the_saga_asks() {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "tok_ok", "59.80"));
        command(order, authorize(order, "tok_ok", "59.80"));

        assertThat(typesOf(order, 2))
                .containsExactly("agora.payments.v1.PaymentAuthorized", "agora.payments.v1.PaymentAuthorized");
        JsonNode payment = paymentOf(order, ALICE);
        assertThat(payment.path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.path("amount").path("amount").asString()).isEqualTo("59.80");
        assertThat(payment.path("ledger")).hasSize(1);
        assertThat(payment.path("ledger").get(0).path("kind").asString()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void tok_declined_is_declined_and_nothing_is_charged() throws Exception {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "tok_declined", "10.00"));

        ConsumerRecord<String, byte[]> answer = answers(order, 1).getFirst();
        assertThat(KafkaTopics.header(answer, "ce_type")).isEqualTo("agora.payments.v1.PaymentDeclined");
        assertThat(PaymentDeclined.parseFrom(answer.value()).getReason()).isEqualTo("card declined");
        assertThat(paymentOf(order, ALICE).path("ledger")).isEmpty();
    }

    @Test
    void tok_slow_answers_after_its_delay() {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "tok_slow", "5.00"));

        assertThat(typesOf(order, 1)).containsExactly("agora.payments.v1.PaymentAuthorized");
    }

    @Test
    void a_void_refunds_the_authorization_once_and_the_ledger_balances() throws Exception {
        UUID order = UUID.randomUUID();
        command(order, authorize(order, "tok_ok", "129.00"));

        command(order, VoidPayment.newBuilder().setOrderId(order.toString()).build());
        command(order, VoidPayment.newBuilder().setOrderId(order.toString()).build());

        List<ConsumerRecord<String, byte[]>> answers = answers(order, 3);
        assertThat(PaymentVoided.parseFrom(answers.get(1).value()).getRefunded().getAmount())
                .isEqualTo("129.00");
        assertThat(PaymentVoided.parseFrom(answers.get(2).value()).hasRefunded())
                .as("voided twice, refunded once")
                .isFalse();
        JsonNode payment = paymentOf(order, ALICE);
        assertThat(payment.path("status").asString()).isEqualTo("VOIDED");
        assertThat(payment.path("ledger").findValuesAsString("kind")).containsExactly("AUTHORIZATION", "REFUND");
    }

    @Test
    void an_authorization_arriving_after_the_void_of_its_order_charges_nothing() {
        UUID order = UUID.randomUUID();
        command(order, VoidPayment.newBuilder().setOrderId(order.toString()).build());

        command(order, authorize(order, "tok_ok", "10.00")); // redriven from the DLT after the saga gave up, say

        assertThat(typesOf(order, 2))
                .containsExactly("agora.payments.v1.PaymentVoided", "agora.payments.v1.PaymentVoided");
        JsonNode payment = payments("?orderId=" + order, ISSUER.token("admin-id", "ADMIN"))
                .json()
                .path("items")
                .get(0);
        assertThat(payment.path("status").asString()).isEqualTo("VOIDED");
        assertThat(payment.path("ledger")).isEmpty();
    }

    @Test
    void a_retry_after_a_void_charges_nothing() {
        UUID order = UUID.randomUUID();
        command(order, authorize(order, "tok_declined", "10.00"));
        command(order, VoidPayment.newBuilder().setOrderId(order.toString()).build());

        command(order, authorize(order, "tok_ok", "10.00"));

        assertThat(typesOf(order, 3))
                .containsExactly(
                        "agora.payments.v1.PaymentDeclined",
                        "agora.payments.v1.PaymentVoided",
                        "agora.payments.v1.PaymentVoided");
        assertThat(paymentOf(order, ALICE).path("ledger")).isEmpty();
    }

    @Test
    void a_command_without_a_payment_token_goes_to_the_dead_letter_topic() {
        UUID order = UUID.randomUUID();

        command(order, authorize(order, "", "10.00"));

        ConsumerRecord<String, byte[]> dead = kafka().readKeyed(PaymentsTopics.COMMANDS + ".DLT", order.toString(), 1)
                .getFirst();
        assertThat(KafkaTopics.header(dead, "kafka_dlt-exception-message")).contains("payment token");
    }

    @Test
    void another_customer_sees_no_payment_and_a_missing_order_id_is_invalid() {
        UUID order = UUID.randomUUID();
        command(order, authorize(order, "tok_ok", "20.00"));
        typesOf(order, 1);

        assertThat(payments("?orderId=" + order, ISSUER.token("bob-id", "CUSTOMER"))
                        .json()
                        .path("items"))
                .isEmpty();
        assertThat(payments("?orderId=" + order, ISSUER.token("admin-id", "ADMIN"))
                        .json()
                        .path("items"))
                .hasSize(1);
        assertThat(payments("", ISSUER.token(ALICE, "CUSTOMER"))
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(payments("?orderId=" + order, null).status()).isEqualTo(401);
    }

    @Test
    void an_erasure_files_the_customers_payments_under_a_pseudonym_keeps_the_ledger_and_is_confirmed() {
        String gina = "gina-" + UUID.randomUUID();
        UUID order = UUID.randomUUID();
        command(
                order,
                authorize(order, "tok_ok", "15.00").toBuilder()
                        .setCustomerId(gina)
                        .build());
        assertThat(paymentOf(order, gina).path("status").asString()).isEqualTo("AUTHORIZED");
        UUID erasure = UUID.randomUUID();

        kafka().publish(UsersTopics.EVENTS, erasure.toString(), Erasures.request(erasure, gina, Instant.now()));

        ConsumerRecord<String, byte[]> confirmed =
                kafka().readKeyed(PaymentsTopics.EVENTS, erasure.toString(), 1).getFirst();
        assertThat(KafkaTopics.header(confirmed, "ce_type"))
                .isEqualTo(CustomerDataErased.getDescriptor().getFullName());
        assertThat(payments("?orderId=" + order, ISSUER.token(gina, "CUSTOMER"))
                        .json()
                        .path("items"))
                .as("no longer filed under the customer")
                .isEmpty();
        JsonNode kept = payments("?orderId=" + order, ISSUER.token("admin-id", "ADMIN"))
                .json()
                .path("items");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("ledger").findValuesAsString("kind")).containsExactly("AUTHORIZATION");
    }

    private static AuthorizePayment authorize(UUID order, String token, String amount) {
        return AuthorizePayment.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId(ALICE)
                .setAmount(Money.newBuilder().setAmount(amount).setCurrency("EUR"))
                .setPaymentToken(token)
                .build();
    }

    private JsonNode paymentOf(UUID order, String customer) {
        JsonNode items = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> payments("?orderId=" + order, ISSUER.token(customer, "CUSTOMER"))
                                .json()
                                .path("items"),
                        found -> !found.isEmpty());
        return items.get(0);
    }

    private Response payments(String query, String token) {
        ApiClient api = ApiClient.onPort(port);
        return token == null
                ? api.send("GET", "/api/payments" + query, null)
                : api.send("GET", "/api/payments" + query, null, "Authorization", "Bearer " + token);
    }

    private void command(UUID order, Message command) {
        kafka().publish(PaymentsTopics.COMMANDS, order.toString(), command);
    }

    private List<ConsumerRecord<String, byte[]>> answers(UUID order, int count) {
        return kafka().readKeyed(PaymentsTopics.EVENTS, order.toString(), count);
    }

    private List<String> typesOf(UUID order, int count) {
        return answers(order, count).stream()
                .map(record -> KafkaTopics.header(record, "ce_type"))
                .toList();
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
