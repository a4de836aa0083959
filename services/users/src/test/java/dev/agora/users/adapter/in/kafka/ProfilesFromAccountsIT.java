package dev.agora.users.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/** Profiles open from identity's announcements, on a real (in-JVM KRaft) broker, once per account. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:users-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(
        partitions = 3,
        topics = {IdentityTopics.EVENTS, IdentityTopics.EVENTS + ".DLT", UsersTopics.EVENTS})
class ProfilesFromAccountsIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ADMIN = ISSUER.token(UUID.randomUUID().toString(), "ADMIN");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    static AccountOpened opened(String id, String email, String name) {
        return AccountOpened.newBuilder()
                .setAccountId(id)
                .setEmail(email)
                .setName(name)
                .addRoles("CUSTOMER")
                .setOpenedAt(Instant.now().toString())
                .build();
    }

    JsonNode profile(String id) {
        // Until the profile opens, a problem: no email, no display name.
        return ApiClient.onPort(port)
                .get("/api/users/" + id, "Authorization", "Bearer " + ADMIN)
                .json();
    }

    @Test
    void an_account_opened_and_announced_twice_opens_one_profile_that_admins_find() {
        String id = UUID.randomUUID().toString();
        String email = "hana-" + id + "@agora.test";
        KafkaTopics kafka = new KafkaTopics(bootstrapServers);

        kafka.publish(IdentityTopics.EVENTS, id, opened(id, email, "Hana"));
        kafka.publish(IdentityTopics.EVENTS, id, opened(id, email, "Hana")); // announced again: a new message

        JsonNode profile = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> profile(id),
                        found -> email.equals(found.path("email").asString()));
        assertThat(profile.path("displayName").asString()).isEqualTo("Hana");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> profile(id).path("version").asLong() == 1);
        JsonNode search = ApiClient.onPort(port)
                .get("/api/users?query=HANA-" + id, "Authorization", "Bearer " + ADMIN)
                .json();
        assertThat(search.path("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void a_profile_opened_by_its_customers_first_request_gets_the_account_s_email_and_name() {
        String id = UUID.randomUUID().toString();
        ApiClient.Response first =
                ApiClient.onPort(port).get("/api/users/me", "Authorization", "Bearer " + ISSUER.token(id, "CUSTOMER"));
        assertThat(first.json().path("email").isNull()).isTrue();

        new KafkaTopics(bootstrapServers)
                .publish(IdentityTopics.EVENTS, id, opened(id, "ines-" + id + "@agora.test", "Ines"));

        JsonNode profile = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> profile(id),
                        found -> "Ines".equals(found.path("displayName").asString()));
        assertThat(profile.path("version").asLong()).as("changed once").isEqualTo(2);
    }

    @Test
    void the_name_an_account_gives_and_the_name_its_customer_chooses_are_told_to_the_other_services() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTopics kafka = new KafkaTopics(bootstrapServers);
        kafka.publish(IdentityTopics.EVENTS, id, opened(id, "jun-" + id + "@agora.test", "Jun"));
        String token = "Bearer " + ISSUER.token(id, "CUSTOMER");
        ApiClient api = ApiClient.onPort(port);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "Jun"
                        .equals(api.get("/api/users/me", "Authorization", token)
                                .json()
                                .path("displayName")
                                .asString()));
        String etag =
                api.get("/api/users/me", "Authorization", token).header("ETag").orElseThrow();

        ApiClient.Response renamed = api.send(
                "PATCH",
                "/api/users/me",
                "{\"displayName\": \"Jun K.\"}",
                "Authorization",
                token,
                "Content-Type",
                "application/merge-patch+json",
                "If-Match",
                etag);

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : kafka.readKeyed(UsersTopics.EVENTS, id, 2)) {
            names.add(DisplayNameChanged.parseFrom(record.value()).getDisplayName());
        }
        assertThat(names).containsExactly("Jun", "Jun K.");
    }
}
