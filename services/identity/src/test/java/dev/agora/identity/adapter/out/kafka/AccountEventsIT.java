package dev.agora.identity.adapter.out.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.agora.contracts.identity.v1.AccountClosed;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.launcher.SignIn;
import dev.agora.launcher.SignIn.Tokens;
import dev.agora.testing.ApiClient;
import dev.agora.testing.KafkaTopics;
import java.time.Instant;
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
@EmbeddedKafka(
        partitions = 3,
        topics = {IdentityTopics.EVENTS, UsersTopics.EVENTS, UsersTopics.EVENTS + ".DLT"})
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
        String id = register(email, "correct horse battery staple");

        List<AccountOpened> opened = opened(record -> id.equals(record.key()), 1);

        assertThat(opened).singleElement().satisfies(account -> {
            assertThat(account.getAccountId()).isEqualTo(id);
            assertThat(account.getEmail()).isEqualTo(email);
            assertThat(account.getName()).isEqualTo("Dora");
            assertThat(account.getRolesList()).containsExactly("CUSTOMER");
            assertThat(account.getOpenedAt()).isNotBlank();
        });
    }

    @Test
    void an_erasure_closes_the_account_revokes_its_tokens_and_is_confirmed() throws Exception {
        String email = NEWCOMER + UUID.randomUUID() + "@agora.test";
        String password = "correct horse battery staple";
        String id = register(email, password);
        SignIn signIn = new SignIn(ApiClient.onPort(port).base());
        Tokens tokens = signIn.withPassword(email, password);
        UUID erasure = UUID.randomUUID();

        new KafkaTopics(bootstrapServers)
                .publish(UsersTopics.EVENTS, erasure.toString(), Erasures.request(erasure, id, Instant.now()));

        ConsumerRecord<String, byte[]> confirmed = new KafkaTopics(bootstrapServers)
                .readKeyed(IdentityTopics.EVENTS, erasure.toString(), 1)
                .getFirst();
        assertThat(CustomerDataErased.parseFrom(confirmed.value()).getService()).isEqualTo("identity");
        assertThat(new KafkaTopics(bootstrapServers).readKeyed(IdentityTopics.EVENTS, id, 2))
                .extracting(record -> KafkaTopics.header(record, "ce_type"))
                .containsExactly(
                        AccountOpened.getDescriptor().getFullName(),
                        AccountClosed.getDescriptor().getFullName());
        assertThatThrownBy(() -> signIn.refresh(tokens.refreshToken()))
                .as("every token family revoked")
                .isInstanceOf(SignIn.Refused.class);
        assertThatThrownBy(() -> signIn.withPassword(email, password))
                .as("no account to sign in to")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(register(email, password))
                .as("the e-mail is free again, for a new account")
                .isNotEqualTo(id);
    }

    private String register(String email, String password) {
        ApiClient.Response registered = ApiClient.onPort(port)
                .send(
                        "POST",
                        "/api/accounts",
                        "{\"email\": \"%s\", \"password\": \"%s\", \"name\": \"Dora\"}".formatted(email, password),
                        "Content-Type",
                        "application/json");
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private List<AccountOpened> opened(Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        String type = AccountOpened.getDescriptor().getFullName();
        return new KafkaTopics(bootstrapServers)
                        .read(
                                IdentityTopics.EVENTS,
                                record -> type.equals(KafkaTopics.header(record, "ce_type")) && wanted.test(record),
                                count)
                        .stream()
                        .map(record -> {
                            try {
                                return AccountOpened.parseFrom(record.value());
                            } catch (InvalidProtocolBufferException e) {
                                throw new AssertionError(e);
                            }
                        })
                        .toList();
    }
}
