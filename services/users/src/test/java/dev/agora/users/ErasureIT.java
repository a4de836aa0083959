package dev.agora.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.contracts.notifications.v1.NotificationsTopics;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * A customer's erasure as users runs it, on a real (in-JVM KRaft) broker and over real HTTP: asked with a recent
 * sign-in, announced on users.events.v1, followed as each participant confirms on its own topic, overdue when one
 * does not.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:users-erasures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "agora.users.erasure.deadline=3s"
        })
@EmbeddedKafka(
        partitions = 3,
        topics = {
            UsersTopics.EVENTS,
            IdentityTopics.EVENTS,
            IdentityTopics.EVENTS + ".DLT",
            OrdersTopics.EVENTS,
            OrdersTopics.EVENTS + ".DLT",
            PaymentsTopics.EVENTS,
            PaymentsTopics.EVENTS + ".DLT",
            NotificationsTopics.EVENTS,
            NotificationsTopics.EVENTS + ".DLT",
            ReviewsTopics.EVENTS,
            ReviewsTopics.EVENTS + ".DLT"
        })
class ErasureIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ADMIN = ISSUER.token(UUID.randomUUID().toString(), "ADMIN");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry metrics;

    ApiClient api;
    String customer;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        customer = UUID.randomUUID().toString();
    }

    /** The customer's access token, saying they signed in {@code ago}. */
    String signedIn(Duration ago) {
        return ISSUER.token(claims -> claims.subject(customer)
                .claim("roles", List.of("CUSTOMER"))
                .claim("auth_time", Instant.now().minus(ago).getEpochSecond()));
    }

    Response erase(String token) {
        return api.send("DELETE", "/api/users/me", null, "Authorization", "Bearer " + token);
    }

    Response get(String path, String token) {
        return api.get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void an_erasure_needs_a_sign_in_within_the_last_five_minutes() {
        String withoutAuthTime = ISSUER.token(customer, "CUSTOMER");
        assertThat(get("/api/users/me", withoutAuthTime).status()).isEqualTo(200);

        for (String token : List.of(withoutAuthTime, signedIn(Duration.ofMinutes(6)))) {
            Response refused = erase(token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("code").asString()).isEqualTo("RECENT_SIGN_IN_REQUIRED");
        }
        assertThat(get("/api/users/me", withoutAuthTime).status())
                .as("nothing erased")
                .isEqualTo(200);
        assertThat(get("/api/users/me/erasure", withoutAuthTime)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("ERASURE_NOT_FOUND");
    }

    @Test
    void an_erased_customer_loses_profile_and_addresses_and_follows_the_erasure_until_every_service_confirms()
            throws Exception {
        String token = signedIn(Duration.ofMinutes(1));
        assertThat(api.send(
                                "POST",
                                "/api/users/me/addresses",
                                """
                        {"recipient": "Hana Sato", "line1": "1 quai Est", "postalCode": "13002",
                         "city": "Marseille", "country": "FR"}""",
                                "Authorization",
                                "Bearer " + token,
                                "Content-Type",
                                "application/json",
                                "Idempotency-Key",
                                UUID.randomUUID().toString())
                        .status())
                .isEqualTo(201);

        Response started = erase(token);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).hasValue("/api/users/me/erasure");
        JsonNode erasure = started.json();
        String id = erasure.path("id").asString();
        assertThat(erasure.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(erasure.path("participants").findValuesAsString("service"))
                .containsExactly("users", "identity", "orders", "payments", "notifications", "reviews");
        assertThat(erasure.path("participants").get(0).path("erasedAt").isNull())
                .as("users erased its part at once")
                .isFalse();
        assertThat(erasure.path("participants").get(1).path("erasedAt").isNull())
                .isTrue();
        ConsumerRecord<String, byte[]> request =
                kafka().readKeyed(UsersTopics.EVENTS, customer, 1).getFirst();
        assertThat(CustomerErasureRequested.parseFrom(request.value()).getCustomerId())
                .isEqualTo(customer);
        Response profile = get("/api/users/me", token);
        assertThat(profile.status()).as("gone, and not opened again").isEqualTo(404);
        assertThat(profile.json().path("code").asString()).isEqualTo("USER_NOT_FOUND");
        assertThat(get("/api/users/me/addresses", token)
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("the addresses went with the profile")
                .isZero();
        assertThat(erase(token).json().path("id").asString())
                .as("asked again: the same erasure")
                .isEqualTo(id);

        UUID erasureId = UUID.fromString(id);
        // Announced late, before identity's confirmation on its partition: read before the erasure can complete.
        publish(IdentityTopics.EVENTS, id, opened(customer));
        publish(IdentityTopics.EVENTS, id, Erasures.confirmation(erasureId, "identity", Instant.now()));
        publish(
                OrdersTopics.EVENTS,
                id,
                OrderPlaced.newBuilder().setCustomerId("someone else").build());
        publish(OrdersTopics.EVENTS, id, Erasures.confirmation(erasureId, "orders", Instant.now()));
        publish(PaymentsTopics.EVENTS, id, Erasures.confirmation(erasureId, "payments", Instant.now()));
        publish(IdentityTopics.EVENTS, id, Erasures.confirmation(erasureId, "identity", Instant.now()));
        assertThat(get("/api/users/me/erasure", token).json().path("status").asString())
                .isIn("IN_PROGRESS", "OVERDUE");
        publish(NotificationsTopics.EVENTS, id, Erasures.confirmation(erasureId, "notifications", Instant.now()));
        publish(ReviewsTopics.EVENTS, id, Erasures.confirmation(erasureId, "reviews", Instant.now()));

        JsonNode done = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> get("/api/users/me/erasure", token).json(),
                        found -> "COMPLETED".equals(found.path("status").asString()));
        assertThat(done.path("completedAt").isNull()).isFalse();
        assertThat(done.path("participants").values())
                .hasSize(6)
                .allSatisfy(
                        participant -> assertThat(participant.path("erasedAt").isString())
                                .as(participant.toString())
                                .isTrue());
        assertThat(get("/api/erasures/" + id, ADMIN).json()).isEqualTo(done);
        assertThat(get("/api/erasures/" + id, token).status()).as("admins only").isEqualTo(403);
        assertThat(get("/api/users/" + customer, ADMIN).status())
                .as("the late announcement opened no profile")
                .isEqualTo(404);
        assertThat(get("/api/erasures/" + UUID.randomUUID(), ADMIN)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("ERASURE_NOT_FOUND");
    }

    @Test
    void an_erasure_still_waiting_after_the_deadline_is_overdue_and_counted_for_the_alert() {
        String token = signedIn(Duration.ZERO);
        String id = erase(token).json().path("id").asString();

        JsonNode overdue = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> get("/api/erasures/" + id, ADMIN).json(),
                        found -> "OVERDUE".equals(found.path("status").asString()));

        assertThat(overdue.path("completedAt").isNull()).isTrue();
        assertThat(get("/api/erasures?status=OVERDUE&size=100", ADMIN)
                        .json()
                        .path("items")
                        .findValuesAsString("id"))
                .as("what the ErasureOverdue runbook looks at")
                .contains(id);
        assertThat(get("/api/erasures?status=COMPLETED&size=100", ADMIN)
                        .json()
                        .path("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(get("/api/erasures", token).status()).as("admins only").isEqualTo(403);
        assertThat(get("/api/erasures?status=LOST", ADMIN).json().path("errors").findValuesAsString("field"))
                .containsExactly("status");
        assertThat(metrics.get("agora.users.erasures.overdue").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    static AccountOpened opened(String id) {
        return AccountOpened.newBuilder()
                .setAccountId(id)
                .setEmail("late-" + id + "@agora.test")
                .setName("Late")
                .addRoles("CUSTOMER")
                .setOpenedAt(Instant.now().toString())
                .build();
    }

    void publish(String topic, String key, Message payload) {
        kafka().publish(topic, key, payload);
    }

    KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
