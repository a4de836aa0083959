package dev.agora.platform.messaging;

import dev.agora.testing.PostgresDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The messaging contract on the real PostgreSQL that production runs on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EmbeddedKafka(
        partitions = 3,
        topics = {
            MessagingTestApplication.PUBLISHED,
            MessagingTestApplication.CONSUMED,
            MessagingTestApplication.CONSUMED + ".DLT"
        })
class MessagingOnPostgresIT extends MessagingContract {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("messaging");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", DATABASE::password);
    }
}
