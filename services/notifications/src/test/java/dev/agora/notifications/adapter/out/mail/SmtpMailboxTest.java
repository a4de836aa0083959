package dev.agora.notifications.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.agora.notifications.domain.Notification;
import dev.agora.notifications.domain.NotificationKind;
import dev.agora.testing.ClosedPort;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP mailbox against a real SMTP server (GreenMail) on a local port. */
class SmtpMailboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.port(0));

    final Notification confirmed = new Notification(
            UUID.fromString("6f1c1d4e-54b3-3a5e-9a55-3f4e2a1b7c90"),
            "8d2b6a2e-0c1f-4f43-9f0e-6b1b5e0c2d11",
            UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
            NotificationKind.ORDER_CONFIRMED,
            "Your order 1b4e28ba is confirmed",
            "Your order 1b4e28ba is confirmed; 44.80 EUR will be charged. Grüße!",
            Instant.parse("2026-03-01T10:15:30Z"));

    @Test
    void mails_the_customer_at_the_recipient_domain_from_the_sender() throws Exception {
        mailbox(SMTP.getSmtp().getPort()).send(confirmed);

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients())
                .containsExactly(new InternetAddress("8d2b6a2e-0c1f-4f43-9f0e-6b1b5e0c2d11@customers.agora.example"));
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("Agora <orders@shop.agora.example>"));
        assertThat(mail.getSubject()).isEqualTo("Your order 1b4e28ba is confirmed");
        assertThat(((String) mail.getContent()).strip()).isEqualTo(confirmed.message());
        assertThat(mail.getMessageID()).isEqualTo("<6f1c1d4e-54b3-3a5e-9a55-3f4e2a1b7c90@shop.agora.example>");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(confirmed.at());
        assertThat(mail.getHeader("X-Agora-Order-Id")).containsExactly("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    }

    @Test
    void the_same_notification_sent_again_is_the_same_message() throws Exception {
        SmtpMailbox mailbox = mailbox(SMTP.getSmtp().getPort());

        mailbox.send(confirmed);
        mailbox.send(confirmed);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[1].getMessageID()).isEqualTo(mails[0].getMessageID());
        assertThat(mails[1].getSentDate()).isEqualTo(mails[0].getSentDate());
    }

    @Test
    void a_mail_server_that_cannot_be_reached_fails_the_send() {
        SmtpMailbox mailbox = mailbox(ClosedPort.find());

        assertThatThrownBy(() -> mailbox.send(confirmed)).isInstanceOf(MailException.class);
    }

    @Test
    void refuses_a_sender_or_a_domain_that_makes_no_address() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();

        assertThatThrownBy(() -> new SmtpMailbox(sender, "Agora orders", "customers.agora.example"))
                .hasMessageStartingWith("agora.notifications.mail.from makes no mail address");
        assertThatThrownBy(() -> new SmtpMailbox(sender, "orders@shop.agora.example", "customers agora"))
                .hasMessageStartingWith("agora.notifications.mail.recipient-domain makes no mail address");
    }

    private static SmtpMailbox mailbox(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpMailbox(sender, "Agora <orders@shop.agora.example>", "customers.agora.example");
    }
}
