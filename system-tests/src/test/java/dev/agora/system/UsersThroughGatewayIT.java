package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Profiles and addresses through the gateway, on the platform as ./agora runs it: an account opened at identity opens
 * its profile at users (identity.events.v1, real Kafka); the customer changes it and keeps addresses; only admins
 * search.
 */
@ExtendWith(SharedPlatform.class)
class UsersThroughGatewayIT {

    static RunningPlatform platform;
    static ApiClient gateway;

    /** A customer of this test's own: what it changes touches nobody else's data. */
    static String newcomer;

    static String email;
    static String bearer;

    @BeforeAll
    static void openAnAccount(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
        ShopFixtures.NewCustomer nadia = ShopFixtures.newCustomer(gateway, "Nadia");
        newcomer = nadia.id();
        email = nadia.email();
        bearer = nadia.bearer();
    }

    Response get(String path, String authorization) {
        return gateway.get(path, "Authorization", authorization);
    }

    Response send(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Authorization";
        all[1] = bearer;
        all[2] = "Content-Type";
        all[3] = method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        System.arraycopy(headers, 0, all, 4, headers.length);
        return gateway.send(method, path, body, all);
    }

    @Test
    void a_new_account_has_a_profile_with_its_email_and_name_which_its_customer_changes() {
        JsonNode profile = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/users/me", bearer).json(),
                        me -> email.equals(me.path("email").asString()));
        assertThat(profile.path("id").asString()).isEqualTo(newcomer);
        assertThat(profile.path("displayName").asString()).isEqualTo("Nadia");
        String etag = get("/api/users/me", bearer).header("ETag").orElseThrow();

        assertThat(send("PATCH", "/api/users/me", "{\"locale\": \"fr-FR\"}")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("PRECONDITION_REQUIRED");
        Response changed = send(
                "PATCH", "/api/users/me", "{\"displayName\": \"Nadia B.\", \"locale\": \"fr-FR\"}", "If-Match", etag);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("displayName").asString()).isEqualTo("Nadia B.");
        assertThat(changed.json().path("locale").asString()).isEqualTo("fr-FR");
        assertThat(send("PATCH", "/api/users/me", "{\"locale\": \"en\"}", "If-Match", etag)
                        .json()
                        .path("code")
                        .asString())
                .as("from a version that is gone")
                .isEqualTo("PRECONDITION_FAILED");
    }

    @Test
    void a_customer_keeps_addresses_one_of_them_the_default() {
        String home = """
                {"label": "Home", "recipient": "Nadia B.", "line1": "3 quai de Bondy", "postalCode": "69005",
                 "city": "Lyon", "country": "FR"}""";
        String key = UUID.randomUUID().toString();

        Response added = send("POST", "/api/users/me/addresses", home, "Idempotency-Key", key);
        Response retried = send("POST", "/api/users/me/addresses", home, "Idempotency-Key", key);
        Response office = send(
                "POST",
                "/api/users/me/addresses",
                home.replace("Home", "Office").replace("\"FR\"}", "\"BE\", \"default\": true}"),
                "Idempotency-Key",
                UUID.randomUUID().toString());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(retried.json().path("id")).isEqualTo(added.json().path("id"));
        assertThat(office.json().path("default").asBoolean()).isTrue();
        JsonNode mine = get("/api/users/me/addresses", bearer).json();
        assertThat(mine.path("items").findValuesAsString("label")).containsExactly("Office", "Home");

        Response refused = send(
                "POST",
                "/api/users/me/addresses",
                home.replace("\"FR\"", "\"France\""),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("country");

        String officePath =
                "/api/users/me/addresses/" + office.json().path("id").asString();
        Response removed =
                send("DELETE", officePath, "", "If-Match", office.header("ETag").orElseThrow());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(get("/api/users/me/addresses", bearer)
                        .json()
                        .path("items")
                        .get(0)
                        .path("default")
                        .asBoolean())
                .as("the default moved to the address left")
                .isTrue();
    }

    @Test
    void only_admins_search_the_profiles_and_a_customer_sees_only_their_own() {
        String admin = platform.session("admin").bearer();

        JsonNode found = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/users?query=" + email.substring(0, 20), admin)
                                .json(),
                        page -> page.path("totalItems").asInt() == 1);
        assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(newcomer);
        assertThat(get("/api/users?query=nadia", bearer).json().path("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(get("/api/users/" + newcomer, platform.session("bob").bearer())
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("USER_NOT_FOUND");
        assertThat(get("/api/users/" + newcomer, admin).status()).isEqualTo(200);
    }
}
