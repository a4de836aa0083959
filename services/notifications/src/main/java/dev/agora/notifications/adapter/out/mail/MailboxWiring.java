package dev.agora.notifications.adapter.out.mail;

import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.config.NotificationsProperties;
import dev.agora.platform.startup.StartRefusal;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mailbox notifications sends through, chosen by {@code agora.notifications.mail.kind}. Notifications refuses to
 * start rather than guess: without a kind (only the dev profile has one), with SMTP missing its server or the
 * customers' domain, and under the prod profile with the mail files or the development sender (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class MailboxWiring {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxWiring.class);

    @Bean
    Mailbox mailbox(
            NotificationsProperties properties, Environment environment, ObjectProvider<JavaMailSender> senders) {
        NotificationsProperties.Mail mail = properties.mail();
        boolean production = environment.matchesProfiles("prod");
        StartRefusal.refuseIfAny(
                mail.problems(production, environment.getProperty("spring.mail.host")),
                production,
                "Set the mail server from the environment (see docs/guides/checkout-saga.md, \"The provider and the"
                        + " mail in production\").");
        LOG.atInfo().addKeyValue("kind", mail.kind()).log("mailbox chosen");
        return switch (Objects.requireNonNull(mail.kind())) {
            case FILES -> new FileMailbox(properties.mailDir());
            case SMTP ->
                new SmtpMailbox(senders.getObject(), mail.from(), Objects.requireNonNull(mail.recipientDomain()));
        };
    }
}
