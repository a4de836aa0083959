package dev.agora.identity.adapter.out.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.KafkaTopics;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** Identity tells the other services of every account it opens, once, on a real (in-JVM KRaft) broker. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:identity-events;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(partitions = 3, topics = IdentityTopics.EVENTS)
class AccountEventsIT {

    /** The accounts the tests open; the other test may have run first. */
    static final String NEWCOMER = "dora-";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Test
    void the_seed_accounts_are_announced_once_at_start() {
        List<AccountOpened> opened = opened(record -> true, 3).stream()
                .filter(account -> !account.getEmail().startsWith(NEWCOMER))
                .toList();

        assertThat(opened)
                .extracting(AccountOpened::getEmail)
                .containsExactlyInAnyOrder("alice@agora.test", "bob@agora.test", "admin@agora.test");
        assertThat(opened)
                .filteredOn(account -> account.getEmail().equals("admin@agora.test"))
                .singleElement()
                .satisfies(admin -> assertThat(admin.getRolesList()).containsExactly("ADMIN"));
    }

    @Test
    void a_new_account_is_announced_with_its_id_name_and_role() {
        String email = NEWCOMER + UUID.randomUUID() + "@agora.test";
        ApiClient.Response registered = ApiClient.onPort(port)
                .send(
                        "POST",
                        "/api/accounts",
                        "{\"email\": \"%s\", \"password\": \"correct horse battery staple\", \"name\": \"Dora\"}"
                                .formatted(email),
                        "Content-Type",
                        "application/json");
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asString();

        List<AccountOpened> opened = opened(record -> id.equals(record.key()), 1);

        assertThat(opened).singleElement().satisfies(account -> {
            assertThat(account.getAccountId()).isEqualTo(id);
            assertThat(account.getEmail()).isEqualTo(email);
            assertThat(account.getName()).isEqualTo("Dora");
            assertThat(account.getRolesList()).containsExactly("CUSTOMER");
            assertThat(account.getOpenedAt()).isNotBlank();
        });
    }

    private List<AccountOpened> opened(Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        return new KafkaTopics(bootstrapServers)
                .read(IdentityTopics.EVENTS, wanted, count).stream()
                        .map(record -> {
                            assertThat(KafkaTopics.header(record, "ce_type"))
                                    .isEqualTo(AccountOpened.getDescriptor().getFullName());
                            try {
                                return AccountOpened.parseFrom(record.value());
                            } catch (InvalidProtocolBufferException e) {
                                throw new AssertionError(e);
                            }
                        })
                        .toList();
    }
}
