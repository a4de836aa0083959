package dev.agora.identity.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Opening an account over real HTTP, with an in-memory H2 database. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:identity-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ExtendWith(OutputCaptureExtension.class)
class AccountsApiTest {

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
    }

    Response register(String email, String password, String name) {
        String body = "{\"email\": \"%s\", \"password\": \"%s\", \"name\": \"%s\"}".formatted(email, password, name);
        return api.send("POST", "/api/accounts", body, "Content-Type", "application/json");
    }

    @Test
    void opens_a_customer_account_and_names_it_in_location() {
        Response response = register("Carol@Agora.test", PASSWORD, "Carol");

        assertThat(response.status()).isEqualTo(201);
        JsonNode account = response.json();
        assertThat(response.header("Location"))
                .contains("/api/accounts/" + account.get("id").asString());
        assertThat(account.get("email").asString()).isEqualTo("carol@agora.test");
        assertThat(account.get("roles").get(0).asString()).isEqualTo("CUSTOMER");
        assertThat(response.body())
                .doesNotContain(PASSWORD)
                .doesNotContain("argon2")
                .doesNotContain("hash");
    }

    @Test
    void stores_only_an_argon2id_hash_of_the_password() {
        register("dave@agora.test", PASSWORD, "Dave");

        String hash = accounts.findByEmail(new EmailAddress("dave@agora.test"))
                .orElseThrow()
                .passwordHash();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void refuses_a_second_account_for_the_same_email_whatever_its_case() {
        register("erin@agora.test", PASSWORD, "Erin");

        Response again = register("ERIN@agora.test", PASSWORD, "Erin again");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ACCOUNT_EXISTS");
    }

    @Test
    void refuses_a_password_under_12_or_over_128_characters() {
        // Seven emoji are fourteen UTF-16 units but seven characters: still too short.
        for (String password : new String[] {"elevenchars", "x".repeat(129), "\uD83D\uDD11".repeat(7)}) {
            Response response = register("frank@agora.test", password, "Frank");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("password");
            assertThat(response.body()).doesNotContain(password);
        }
        assertThat(register("frank@agora.test", "x".repeat(128), "Frank").status())
                .isEqualTo(201);
    }

    @Test
    void refuses_a_name_of_white_space_only() {
        Response response = register("heidi@agora.test", PASSWORD, "\u2003\u2003");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void refuses_a_malformed_email() {
        Response response = register("not-an-address", PASSWORD, "Grace");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void never_logs_the_password(CapturedOutput output) {
        register("heidi@agora.test", PASSWORD, "Heidi");
        register("heidi@agora.test", PASSWORD, "Heidi");
        register("ivan@agora.test", "short", "Ivan");

        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain("\"short\"");
    }
}
