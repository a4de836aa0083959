package dev.agora.platform.messaging;

import dev.agora.testing.PostgresDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

/** The messaging contract on the real PostgreSQL that production runs on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MessagingOnPostgresIT extends MessagingContract {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("messaging");
}
