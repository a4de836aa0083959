package dev.agora.notifications.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.notifications.*}.
 *
 * @param mailDir where development mail is written, one file per notification (./agora up: .agora/mail)
 * @param mail how notifications are mailed
 */
@ConfigurationProperties("agora.notifications")
public record NotificationsProperties(
        @DefaultValue("./.agora/mail") Path mailDir,
        @DefaultValue Mail mail) {

    /** The sender of development mail; the prod profile refuses any at agora.test, a domain nobody can answer. */
    public static final String DEVELOPMENT_SENDER = "Agora <orders@agora.test>";

    /**
     * {@code agora.notifications.mail.*}.
     *
     * @param kind {@code files} (one file per mail in {@code mail-dir}; the dev profile's choice) or {@code smtp}
     *     (through the SMTP server of {@code spring.mail.*}). Unset outside the dev profile, so that nothing falls back
     *     to the files by accident
     * @param from the sender of every mail
     * @param recipientDomain for {@code smtp}: notifications knows a customer by account id only, and mails
     *     {@code <account id>@<this domain>}, which the mail server of that domain delivers to the customer's own
     *     address (ADR 0019)
     */
    public record Mail(
            @Nullable Kind kind,
            @DefaultValue(DEVELOPMENT_SENDER) String from,
            @Nullable String recipientDomain) {

        public enum Kind {
            FILES,
            SMTP
        }

        /**
         * What keeps notifications from mailing with this configuration, each naming its property; under the prod
         * profile, the development stand-ins too (mail files, which no customer reads, and the development sender).
         *
         * @param smtpHost {@code spring.mail.host}, the SMTP server
         */
        public List<String> problems(boolean production, @Nullable String smtpHost) {
            List<String> problems = new ArrayList<>();
            if (kind == null) {
                problems.add("agora.notifications.mail.kind is not set (files or smtp)");
            } else if (kind == Kind.FILES && production) {
                problems.add("agora.notifications.mail.kind is files, a development stand-in that no customer reads");
            } else if (kind == Kind.SMTP) {
                if (smtpHost == null || smtpHost.isBlank()) {
                    problems.add("spring.mail.host is not set");
                }
                if (recipientDomain == null || recipientDomain.isBlank()) {
                    problems.add("agora.notifications.mail.recipient-domain is not set");
                }
            }
            if (production && from.contains("@agora.test")) {
                problems.add("agora.notifications.mail.from is at agora.test, the development domain");
            }
            return problems;
        }
    }
}
