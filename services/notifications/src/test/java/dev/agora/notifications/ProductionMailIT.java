package dev.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.agora.contracts.orders.v1.Money;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications as production runs it (the prod profile, mail over SMTP to a real server, GreenMail here) on a real
 * broker: an order event delivered again, or published again, mails its customer once.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:notifications-prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "agora.notifications.mail.from=Agora <orders@shop.agora.example>",
            "agora.notifications.mail.recipient-domain=customers.agora.example"
        })
@ActiveProfiles("prod")
@EmbeddedKafka(
        partitions = 3,
        topics = {OrdersTopics.EVENTS, OrdersTopics.EVENTS + ".DLT"})
class ProductionMailIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    /** One server for the class: the application context, and its mail sender, outlive a test method. */
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.port(0)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JavaMailSender sender;

    @Test
    void an_order_event_delivered_again_or_published_again_mails_its_customer_once() throws Exception {
        String grace = "grace-" + UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();
        OrderConfirmed confirmed = OrderConfirmed.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId(grace)
                .setTotal(Money.newBuilder().setAmount("44.80").setCurrency("EUR"))
                .build();

        publish(order, messageId, confirmed);
        publish(order, messageId, confirmed); // redelivered: the same message
        publish(order, UUID.randomUUID().toString(), confirmed); // published again: the same event, a new message

        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(grace).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(grace).size() == 1);
        MimeMessage mail = mailsTo(grace).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your order " + order.toString().substring(0, 8) + " is confirmed");
        assertThat((String) mail.getContent()).contains("44.80 EUR");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("Agora <orders@shop.agora.example>"));
    }

    @Test
    void a_mail_server_that_never_answers_fails_the_send_within_seconds() throws Exception {
        // Jakarta Mail's own default is to wait forever, holding the consumer's partition; here, 10 s for the greeting.
        try (ServerSocket silent = new ServerSocket(0)) {
            JavaMailSenderImpl toSilent = new JavaMailSenderImpl();
            toSilent.setHost("127.0.0.1");
            toSilent.setPort(silent.getLocalPort());
            toSilent.setJavaMailProperties(((JavaMailSenderImpl) sender).getJavaMailProperties());
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("orders@shop.agora.example");
            mail.setTo("someone@customers.agora.example");
            mail.setText("nobody reads this");
            long start = System.nanoTime();

            assertThatThrownBy(() -> toSilent.send(mail)).isInstanceOf(MailException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    private static List<MimeMessage> mailsTo(String customer) {
        return Arrays.stream(SMTP.getReceivedMessagesForDomain("customers.agora.example"))
                .filter(mail -> {
                    try {
                        return Arrays.asList(mail.getAllRecipients())
                                .contains(new InternetAddress(customer + "@customers.agora.example"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private void publish(UUID order, String messageId, Message event) {
        new KafkaTopics(bootstrapServers)
                .publish(
                        OrdersTopics.EVENTS,
                        order.toString(),
                        messageId,
                        event.getDescriptorForType().getFullName(),
                        event.toByteArray());
    }
}
