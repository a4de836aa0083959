package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A customer erased from every service through the gateway, on the platform as ./agora runs it (real Kafka), with one
 * participant down while it happens: identity, orders, payments and reviews confirm at once; notifications, killed before the
 * erasure was asked for, catches up from users.events.v1 when it is started again, and the erasure completes.
 *
 * <p>It runs on the shared platform, after the classes that leave it untouched: notifications is started again, and the
 * customer is one of its own.
 */
@ExtendWith(SharedPlatform.class)
@RestoresWhatItBreaks
class ErasureThroughGatewayIT {

    static final Duration CONFIRMED_WITHIN = Duration.ofSeconds(60);

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void connect(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    @Test
    void an_erasure_completes_once_a_participant_that_was_down_catches_up_from_its_topic() {
        ShopFixtures.NewCustomer oriane = ShopFixtures.newCustomer(gateway, "Oriane");
        String product = ShopFixtures.productsInStock(gateway, 1).getFirst();
        Response placed = platform.placeOrder(
                oriane.tokens().accessToken(), UUID.randomUUID().toString(), product, 1, "tok_ok");
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String order = placed.json().path("id").asString();
        await().atMost(CONFIRMED_WITHIN)
                .until(() -> get("/api/notifications", oriane.bearer())
                                .json()
                                .path("totalItems")
                                .asInt()
                        == 1);
        String admin = platform.session("admin").bearer();

        platform.kill("notifications");
        String erasure;
        try {
            Response asked = gateway.send("DELETE", "/api/users/me", null, "Authorization", oriane.bearer());
            assertThat(asked.status()).as(asked.body()).isEqualTo(202);
            erasure = asked.json().path("id").asString();

            JsonNode waiting = await().atMost(CONFIRMED_WITHIN)
                    .until(
                            () -> get("/api/users/me/erasure", oriane.bearer()).json(),
                            found -> confirmations(found).values().stream()
                                            .filter(at -> !at.isEmpty())
                                            .count()
                                    == 5);
            assertThat(confirmations(waiting))
                    .as("every participant but the one that is down")
                    .containsEntry("notifications", "")
                    .hasSize(6);
            assertThat(waiting.path("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(get("/api/users/me", oriane.bearer()).status()).isEqualTo(404);
            assertThat(get("/api/orders", oriane.bearer()).json().path("items"))
                    .as("the order is no longer hers")
                    .isEmpty();
            assertThat(get("/api/orders/" + order, admin).json().path("status").asString())
                    .as("but it is kept, under a pseudonym")
                    .isEqualTo("CONFIRMED");
            SignIn signIn = new SignIn(gateway.base());
            assertThatThrownBy(() -> signIn.refresh(oriane.tokens().refreshToken()))
                    .as("her tokens are revoked")
                    .isInstanceOf(SignIn.Refused.class);
            assertThatThrownBy(() -> signIn.withPassword(oriane.email(), oriane.password()))
                    .as("her account is closed")
                    .isInstanceOf(SignIn.Refused.class);
        } finally {
            platform.restart("notifications");
        }

        JsonNode done = await().atMost(CONFIRMED_WITHIN)
                .until(
                        () -> get("/api/erasures/" + erasure, admin).json(),
                        found -> "COMPLETED".equals(found.path("status").asString()));
        assertThat(confirmations(done)).doesNotContainValue("");
        assertThat(get("/api/notifications", oriane.bearer())
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("her notifications are gone")
                .isZero();
    }

    /** When each participant confirmed, by service; empty while it has not. */
    private static Map<String, String> confirmations(JsonNode erasure) {
        Map<String, String> confirmations = new HashMap<>();
        for (JsonNode participant : erasure.path("participants")) {
            JsonNode at = participant.path("erasedAt");
            confirmations.put(participant.path("service").asString(), at.isNull() ? "" : at.asString());
        }
        return confirmations;
    }

    private static Response get(String path, String authorization) {
        return gateway.get(path, "Authorization", authorization);
    }
}
