package dev.agora.notifications.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.notifications.NotificationsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Notifications starts only with a mailbox it was told to use: the mail files are the dev profile's, and the prod
 * profile refuses them, as it refuses SMTP without its server or the customers' domain, naming each property.
 */
class MailboxChoiceTest {

    static final String MEMORY_DATABASE =
            "--spring.datasource.url=jdbc:h2:mem:notifications-choice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    static final String SENDER = "--agora.notifications.mail.from=Agora <orders@shop.agora.example>";

    @Test
    void refuses_the_mail_files_under_prod() {
        assertThatThrownBy(() -> start(new String[] {"prod"}, SENDER, "--agora.notifications.mail.kind=files"))
                .hasRootCauseMessage("Refusing to start with the prod profile: agora.notifications.mail.kind is"
                        + " files, a development stand-in that no customer reads. Set the mail server from the"
                        + " environment (see docs/guides/checkout-saga.md, \"The provider and the mail in"
                        + " production\").");
    }

    @Test
    void refuses_smtp_without_its_server_and_the_customers_domain_under_prod() {
        assertThatThrownBy(() -> start(new String[] {"prod"}, SENDER))
                .rootCause()
                .hasMessageStartingWith("Refusing to start with the prod profile: spring.mail.host is not set;"
                        + " agora.notifications.mail.recipient-domain is not set.");
    }

    @Test
    void refuses_smtp_without_its_server_under_prod() {
        assertThatThrownBy(() -> start(
                        new String[] {"prod"},
                        SENDER,
                        "--agora.notifications.mail.recipient-domain=customers.agora.example"))
                .rootCause()
                .hasMessageStartingWith("Refusing to start with the prod profile: spring.mail.host is not set.");
    }

    @Test
    void refuses_the_development_sender_under_prod() {
        assertThatThrownBy(() -> start(
                        new String[] {"prod"},
                        "--spring.mail.host=smtp.agora.example",
                        "--agora.notifications.mail.recipient-domain=customers.agora.example"))
                .rootCause()
                .hasMessageStartingWith("Refusing to start with the prod profile: agora.notifications.mail.from is at"
                        + " agora.test, the development domain.");
    }

    @Test
    void refuses_to_guess_a_mailbox_outside_the_dev_profile() {
        assertThatThrownBy(() -> start(new String[] {"chaos"}))
                .rootCause()
                .hasMessageStartingWith("Refusing to start: agora.notifications.mail.kind is not set (files or smtp).");
    }

    private static void start(String[] profiles, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = MEMORY_DATABASE;
        all[1] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        new SpringApplicationBuilder(NotificationsApplication.class)
                .profiles(profiles)
                .run(all)
                .close();
    }
}
