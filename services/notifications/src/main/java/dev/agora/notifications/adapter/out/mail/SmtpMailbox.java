package dev.agora.notifications.adapter.out.mail;

import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.domain.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mail over SMTP (Spring's JavaMailSender on Jakarta Mail), to {@code <customer id>@<recipient domain>}.
 *
 * <p>Sent within the transaction that stores the notification, as the files are: a mail the server does not take rolls
 * the notification back, and the event comes again, so none is lost. The server cannot take part in that transaction,
 * though: should the commit fail after it took the mail, the event comes again and the mail is sent again. Delivery is
 * so at least once, and every copy carries the same Message-ID (the notification's id, itself made of the order and the
 * kind) and the same Date, so that mail systems and readers see the second as the first. Sending after the commit
 * instead would lose the mail whenever that send failed, with nothing left to try it again.
 */
public class SmtpMailbox implements Mailbox {

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final String recipientDomain;

    public SmtpMailbox(JavaMailSender sender, String from, String recipientDomain) {
        this.sender = sender;
        this.from = address(from, "agora.notifications.mail.from");
        this.recipientDomain = recipientDomain;
        // Checked now: a domain that makes no address stops the start, not every mail after it.
        address("customer@" + recipientDomain, "agora.notifications.mail.recipient-domain");
    }

    @Override
    public void send(Notification notification) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(address(notification.customerId() + "@" + recipientDomain, "the customer's address"));
            mail.setSubject(notification.subject());
            mail.setSentDate(Date.from(notification.at()));
            mail.setText(notification.message());
            // JavaMailSender keeps a Message-ID that was set rather than making up a new one for each send.
            message.setHeader("Message-ID", "<" + notification.id() + "@" + domainOf(from) + ">");
            message.setHeader("X-Agora-Order-Id", notification.orderId().toString());
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write the mail of notification " + notification.id(), e);
        }
        sender.send(message);
    }

    /** A mail a server took is in the recipient's mailbox, out of Agora's reach: nothing to delete here. */
    @Override
    public void forget(Notification notification) {}

    private static InternetAddress address(String address, String what) {
        try {
            return new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(what + " makes no mail address: " + address, e);
        }
    }

    private static String domainOf(InternetAddress address) {
        return address.getAddress().substring(address.getAddress().indexOf('@') + 1);
    }
}
