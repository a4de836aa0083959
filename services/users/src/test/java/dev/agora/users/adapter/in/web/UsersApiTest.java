package dev.agora.users.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Profiles and addresses over real HTTP, with tokens checked against a real JWKS endpoint. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:users-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class UsersApiTest {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ADMIN = ISSUER.token(UUID.randomUUID().toString(), "ADMIN");

    static final String HOME = """
            {"label": "Home", "recipient": "Carol Martin", "line1": "12 rue des Lilas", "postalCode": "75011",
             "city": "Paris", "country": "FR"}""";

    @LocalServerPort
    int port;

    ApiClient api;
    String customer;
    String token;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        customer = UUID.randomUUID().toString();
        token = ISSUER.token(customer, "CUSTOMER");
    }

    Response get(String path, String bearer) {
        return api.get(path, "Authorization", "Bearer " + bearer);
    }

    Response patch(String body, String... headers) {
        List<String> all = new ArrayList<>(
                List.of("Authorization", "Bearer " + token, "Content-Type", "application/merge-patch+json"));
        all.addAll(List.of(headers));
        return api.send("PATCH", "/api/users/me", body, all.toArray(String[]::new));
    }

    Response addAddress(String body, String key) {
        return api.send(
                "POST",
                "/api/users/me/addresses",
                body,
                "Authorization",
                "Bearer " + token,
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                key);
    }

    static String address(String label) {
        return HOME.replace("\"Home\"", "\"" + label + "\"");
    }

    @Test
    void a_customer_has_a_profile_from_their_first_request_with_defaults() {
        Response me = get("/api/users/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("ETag")).hasValue("\"1\"");
        JsonNode profile = me.json();
        assertThat(profile.path("id").asString()).isEqualTo(customer);
        assertThat(profile.path("locale").asString()).isEqualTo("en");
        assertThat(profile.path("notificationPreferences")
                        .path("orderUpdatesByMail")
                        .asBoolean())
                .isTrue();
        assertThat(profile.path("notificationPreferences").path("offersByMail").asBoolean())
                .isFalse();
    }

    @Test
    void a_merge_patch_changes_what_it_names_only_and_needs_the_current_etag() {
        get("/api/users/me", token);

        assertThat(patch("{\"displayName\": \"Carol\"}").status()).isEqualTo(428);
        assertThat(patch("{\"displayName\": \"Carol\"}", "If-Match", "\"7\"")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("PRECONDITION_FAILED");

        Response changed = patch(
                "{\"displayName\": \"  Carol M.  \", \"notificationPreferences\": {\"offersByMail\": true}}",
                "If-Match",
                "\"1\"");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValue("\"2\"");
        JsonNode profile = changed.json();
        assertThat(profile.path("displayName").asString()).isEqualTo("Carol M.");
        assertThat(profile.path("locale").asString()).as("left as it was").isEqualTo("en");
        assertThat(profile.path("notificationPreferences").path("offersByMail").asBoolean())
                .isTrue();
        assertThat(profile.path("notificationPreferences")
                        .path("orderUpdatesByMail")
                        .asBoolean())
                .as("left as it was")
                .isTrue();
        assertThat(patch("{\"locale\": \"fr-FR\"}", "If-Match", "\"1\"").status())
                .as("a change from a version that is gone")
                .isEqualTo(412);
    }

    @Test
    void a_patch_names_every_member_it_refuses() {
        Response refused = patch("""
                {"displayName": "", "locale": "not a locale", "email": "x@agora.test", "nickname": "c",
                 "notificationPreferences": {"offersByMail": "yes"}}""", "If-Match", "\"1\"");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "displayName", "locale", "email", "nickname", "notificationPreferences.offersByMail");
        assertThat(patch("[1, 2]", "If-Match", "\"1\"").status()).isEqualTo(400);
        assertThat(patch("{\"displayName\": ", "If-Match", "\"1\"").status()).isEqualTo(400);
    }

    @Test
    void the_first_address_is_the_default_and_another_can_take_its_place() {
        Response home = addAddress(HOME, UUID.randomUUID().toString());
        assertThat(home.status()).isEqualTo(201);
        assertThat(home.header("Location"))
                .hasValue("/api/users/me/addresses/" + home.json().path("id").asString());
        assertThat(home.json().path("default").asBoolean()).isTrue();

        Response work = addAddress(
                address("Work").replace("\"FR\"}", "\"FR\", \"default\": true}"),
                UUID.randomUUID().toString());
        assertThat(work.json().path("default").asBoolean()).isTrue();

        JsonNode mine = get("/api/users/me/addresses", token).json();
        assertThat(mine.path("items").findValuesAsString("label")).containsExactly("Work", "Home");
        assertThat(mine.path("items").get(1).path("default").asBoolean()).isFalse();
    }

    @Test
    void adding_an_address_again_with_its_key_adds_it_once() {
        String key = UUID.randomUUID().toString();

        Response first = addAddress(HOME, key);
        Response retry = addAddress(HOME, key);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(get("/api/users/me/addresses", token)
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(addAddress(address("Other"), key).json().path("code").asString())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(api.send(
                                "POST",
                                "/api/users/me/addresses",
                                HOME,
                                "Authorization",
                                "Bearer " + token,
                                "Content-Type",
                                "application/json")
                        .status())
                .as("no Idempotency-Key")
                .isEqualTo(400);
    }

    @Test
    void an_address_out_of_bounds_is_refused_naming_the_first_field_out_of_bounds() {
        Response refused =
                addAddress("""
                {"recipient": " ", "line1": "%s", "postalCode": "75011 <b>", "city": "Paris", "country": "XX"}""".formatted("x".repeat(201)), UUID.randomUUID().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("recipient");
        assertThat(addAddress(
                                HOME.replace("\"FR\"", "\"fr\""),
                                UUID.randomUUID().toString())
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("country");
        assertThat(addAddress(
                                HOME.replace("\"Paris\"", "\"Paris\", \"floor\": 3"),
                                UUID.randomUUID().toString())
                        .status())
                .as("an unknown field")
                .isEqualTo(400);
    }

    @Test
    void a_customer_keeps_ten_addresses_at_most() {
        for (int i = 0; i < 10; i++) {
            assertThat(addAddress(address("A" + i), UUID.randomUUID().toString())
                            .status())
                    .isEqualTo(201);
        }

        Response eleventh = addAddress(address("A10"), UUID.randomUUID().toString());

        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(eleventh.json().path("code").asString()).isEqualTo("ADDRESS_LIMIT_REACHED");
    }

    @Test
    void replacing_or_removing_an_address_needs_its_etag_and_the_default_moves_to_the_oldest_left() {
        String home =
                addAddress(HOME, UUID.randomUUID().toString()).json().path("id").asString();
        String work = addAddress(address("Work"), UUID.randomUUID().toString())
                .json()
                .path("id")
                .asString();
        String path = "/api/users/me/addresses/" + home;
        String json = "application/json";

        assertThat(api.send("PUT", path, HOME, "Authorization", "Bearer " + token, "Content-Type", json)
                        .status())
                .isEqualTo(428);
        Response replaced = api.send(
                "PUT",
                path,
                HOME.replace("12 rue des Lilas", "14 rue des Lilas"),
                "Authorization",
                "Bearer " + token,
                "Content-Type",
                json,
                "If-Match",
                "\"1\"");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("line1").asString()).isEqualTo("14 rue des Lilas");
        assertThat(replaced.header("ETag")).hasValue("\"2\"");

        assertThat(api.send("DELETE", path, "", "Authorization", "Bearer " + token, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(api.send("DELETE", path, "", "Authorization", "Bearer " + token, "If-Match", "\"2\"")
                        .status())
                .isEqualTo(204);

        JsonNode left = get("/api/users/me/addresses/" + work, token).json();
        assertThat(left.path("default").asBoolean()).isTrue();
        assertThat(get(path, token).json().path("code").asString()).isEqualTo("ADDRESS_NOT_FOUND");
    }

    @Test
    void a_customer_sees_no_one_elses_profile_or_address_and_only_admins_search() {
        String home =
                addAddress(HOME, UUID.randomUUID().toString()).json().path("id").asString();
        String dave = ISSUER.token(UUID.randomUUID().toString(), "CUSTOMER");

        Response foreign = get("/api/users/" + customer, dave);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("code").asString()).isEqualTo("USER_NOT_FOUND");
        assertThat(get("/api/users/me/addresses/" + home, dave)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("ADDRESS_NOT_FOUND");
        assertThat(get("/api/users/" + customer, token).status())
                .as("one's own")
                .isEqualTo(200);
        assertThat(get("/api/users?query=x", dave).status()).isEqualTo(403);
        assertThat(get("/api/users/" + customer, ADMIN).status()).isEqualTo(200);
        assertThat(get("/api/users/" + UUID.randomUUID(), ADMIN)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("USER_NOT_FOUND");
        assertThat(api.get("/api/users/me").status()).isEqualTo(401);
        assertThat(get("/api/users/me", ISSUER.token("orders", "SERVICE"))
                        .json()
                        .path("code")
                        .asString())
                .as("a service's token names no customer")
                .isEqualTo("USER_NOT_FOUND");
    }
}
