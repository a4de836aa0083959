package dev.agora.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

/** The messaging contract on the real PostgreSQL that production runs on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MessagingOnPostgresIT extends MessagingContract {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("messaging");

    @Test
    void the_relay_finds_its_unsent_rows_through_their_index_however_many_sent_rows_are_kept() {
        // Rows written unsent, then marked sent, as the relay leaves them for the retention (days). Before statistics
        // were gathered, ordering by the primary key made PostgreSQL walk all of them at every round (37 ms each with
        // 125 000 kept, measured on the checkout bench).
        database.sql("""
                        INSERT INTO outbox_messages (message_id, topic, message_key, message_type, occurred_at, payload)
                        SELECT gen_random_uuid(), 'kept', 'k', 't', now(), decode('00', 'hex')
                        FROM generate_series(1, 100000)""").update();
        database.sql("UPDATE outbox_messages SET sent_at = now() WHERE topic = 'kept'")
                .update();

        assertThat(plan(OutboxRelay.FIRST_UNSENT)).contains("outbox_messages_unsent");
        assertThat(plan(OutboxRelay.UNSENT_ROWS.replace("?", "200"))).contains("outbox_messages_unsent");
    }

    private String plan(String query) {
        return String.join(
                "\n", database.sql("EXPLAIN " + query).query(String.class).list());
    }
}
