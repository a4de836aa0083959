package dev.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.notifications.v1.NotificationsTopics;
import dev.agora.contracts.orders.v1.Money;
import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Notifications as a customer sees them, on a real (in-JVM KRaft) broker and over real HTTP: one per order event,
 * however often it is delivered; listed to its customer only; streamed live; written as a mail file.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:notifications;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(
        partitions = 3,
        topics = {
            OrdersTopics.EVENTS,
            OrdersTopics.EVENTS + ".DLT",
            UsersTopics.EVENTS,
            UsersTopics.EVENTS + ".DLT",
            NotificationsTopics.EVENTS
        })
class NotificationsIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @TempDir
    static Path mail;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("agora.notifications.mail-dir", () -> mail.toString());
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient database;

    @Test
    void an_order_event_delivered_again_or_republished_notifies_its_customer_once() throws Exception {
        String carol = "carol-" + UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();
        OrderConfirmed confirmed = OrderConfirmed.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId(carol)
                .setTotal(Money.newBuilder().setAmount("44.80").setCurrency("EUR"))
                .build();

        publish(order, messageId, confirmed);
        publish(order, messageId, confirmed); // redelivered: the same message
        publish(order, UUID.randomUUID().toString(), confirmed); // published again: the same event, a new message

        JsonNode mine = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> notificationsOf(carol),
                        found -> found.path("totalItems").asInt() >= 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> notificationsOf(carol).path("totalItems").asInt() == 1);
        JsonNode notification = mine.path("items").get(0);
        assertThat(notification.path("orderId").asString()).isEqualTo(order.toString());
        assertThat(notification.path("kind").asString()).isEqualTo("ORDER_CONFIRMED");
        assertThat(notification.path("message").asString()).contains("44.80 EUR");
        Path file = mail.resolve(order + "-order_confirmed.eml");
        assertThat(Files.readString(file))
                .contains("Subject: Your order " + order.toString().substring(0, 8));
        assertThat(notificationsOf("dave-" + UUID.randomUUID()).path("items"))
                .as("nobody else's")
                .isEmpty();
    }

    @Test
    void a_connected_customer_hears_of_a_cancellation_live() throws Exception {
        String erin = "erin-" + UUID.randomUUID();
        UUID order = UUID.randomUUID();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                                .header("Authorization", "Bearer " + ISSUER.token(erin, "CUSTOMER"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:") && line.contains(order.toString())) {
                        return line;
                    }
                }
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        publish(
                order,
                UUID.randomUUID().toString(),
                OrderCancelled.newBuilder()
                        .setOrderId(order.toString())
                        .setCustomerId(erin)
                        .setReason("PAYMENT_DECLINED")
                        .build());

        String data = event.get(15, TimeUnit.SECONDS);
        assertThat(data).contains("ORDER_CANCELLED").contains("the payment was declined");
        stream.body().close();
    }

    @Test
    void a_placed_order_takes_no_inbox_entry_and_no_transaction() {
        String grace = "grace-" + UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String placedId = UUID.randomUUID().toString();
        String confirmedId = UUID.randomUUID().toString();

        publish(
                order,
                placedId,
                OrderPlaced.newBuilder()
                        .setOrderId(order.toString())
                        .setCustomerId(grace)
                        .build());
        publish(
                order,
                confirmedId,
                OrderConfirmed.newBuilder()
                        .setOrderId(order.toString())
                        .setCustomerId(grace)
                        .setTotal(Money.newBuilder().setAmount("9.90").setCurrency("EUR"))
                        .build());

        // Same key, same partition: once the confirmation is told, the placed order was read before it.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> notificationsOf(grace).path("totalItems").asInt() == 1);
        assertThat(inboxEntries(confirmedId)).isEqualTo(1);
        assertThat(inboxEntries(placedId)).isZero();
    }

    @Test
    void a_placed_order_tells_nobody_and_an_event_without_a_customer_goes_to_the_dead_letter_topic() {
        String frank = "frank-" + UUID.randomUUID();
        UUID placed = UUID.randomUUID();
        UUID broken = UUID.randomUUID();

        publish(
                placed,
                UUID.randomUUID().toString(),
                OrderPlaced.newBuilder()
                        .setOrderId(placed.toString())
                        .setCustomerId(frank)
                        .build());
        publish(
                broken,
                UUID.randomUUID().toString(),
                OrderConfirmed.newBuilder().setOrderId(broken.toString()).build());

        assertThat(kafka().readKeyed(OrdersTopics.EVENTS + ".DLT", broken.toString(), 1))
                .hasSize(1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> notificationsOf(frank).path("items").isEmpty());
    }

    @Test
    void an_erasure_removes_the_customers_notifications_and_mail_files_and_is_confirmed() throws Exception {
        String hana = UUID.randomUUID().toString();
        String ivy = UUID.randomUUID().toString();
        UUID hanasOrder = UUID.randomUUID();
        UUID ivysOrder = UUID.randomUUID();
        publish(hanasOrder, UUID.randomUUID().toString(), confirmed(hanasOrder, hana));
        publish(ivysOrder, UUID.randomUUID().toString(), confirmed(ivysOrder, ivy));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> notificationsOf(hana).path("totalItems").asInt() == 1
                        && notificationsOf(ivy).path("totalItems").asInt() == 1);
        Path hanasMail = mail.resolve(hanasOrder + "-order_confirmed.eml");
        assertThat(hanasMail).exists();

        UUID erasure = UUID.randomUUID();
        String requestId = UUID.randomUUID().toString();
        CustomerErasureRequested request = Erasures.request(erasure, hana, Instant.now());
        for (int delivery = 0; delivery < 2; delivery++) { // delivered again: the same message
            kafka().publish(
                            UsersTopics.EVENTS,
                            erasure.toString(),
                            requestId,
                            request.getDescriptorForType().getFullName(),
                            request.toByteArray());
        }

        List<ConsumerRecord<String, byte[]>> confirmations =
                kafka().readKeyed(NotificationsTopics.EVENTS, erasure.toString(), 1);
        CustomerDataErased confirmation =
                CustomerDataErased.parseFrom(confirmations.getFirst().value());
        assertThat(confirmation.getService()).isEqualTo("notifications");
        assertThat(KafkaTopics.header(confirmations.getFirst(), "ce_type"))
                .isEqualTo(CustomerDataErased.getDescriptor().getFullName());
        assertThat(notificationsOf(hana).path("totalItems").asInt()).isZero();
        assertThat(hanasMail).doesNotExist();
        assertThat(notificationsOf(ivy).path("totalItems").asInt())
                .as("nobody else's")
                .isEqualTo(1);
        assertThat(mail.resolve(ivysOrder + "-order_confirmed.eml")).exists();
        assertThat(inboxEntries(requestId)).isEqualTo(1);
    }

    private static OrderConfirmed confirmed(UUID order, String customer) {
        return OrderConfirmed.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId(customer)
                .setTotal(Money.newBuilder().setAmount("12.00").setCurrency("EUR"))
                .build();
    }

    private int inboxEntries(String messageId) {
        return database.sql("SELECT COUNT(*) FROM inbox_messages WHERE message_id = ?")
                .param(messageId)
                .query(Integer.class)
                .single();
    }

    private JsonNode notificationsOf(String customer) {
        return ApiClient.onPort(port)
                .get("/api/notifications", "Authorization", "Bearer " + ISSUER.token(customer, "CUSTOMER"))
                .json();
    }

    private void publish(UUID order, String messageId, Message event) {
        kafka().publish(
                        OrdersTopics.EVENTS,
                        order.toString(),
                        messageId,
                        event.getDescriptorForType().getFullName(),
                        event.toByteArray());
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
