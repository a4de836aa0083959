package dev.agora.identity.adapter.in.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.agora.launcher.SignIn;
import dev.agora.launcher.SignIn.Tokens;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OAuth 2.1 flows of identity over real HTTP, with the seeded development accounts and real tokens. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:identity-oauth;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ExtendWith(OutputCaptureExtension.class)
class SignInFlowTest {

    @LocalServerPort
    int port;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        signIn = new SignIn(api.base());
    }

    static JWTClaimsSet claimsOf(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    Response me(String accessToken) {
        return api.get("/api/me", "Authorization", "Bearer " + accessToken);
    }

    @Test
    void alice_signs_in_with_pkce_and_gets_a_five_minute_rs256_token_for_agora_api() throws Exception {
        Tokens tokens = signIn.withPassword("alice@agora.test", "alice-password");

        SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:8080");
        assertThat(claims.getAudience()).containsExactly("agora-api");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.idToken()).isNotBlank();
    }

    @Test
    void the_mobile_app_signs_in_as_a_public_client_sent_back_to_its_own_scheme_only() throws Exception {
        Tokens tokens = new SignIn(api.base(), SignIn.Client.MOBILE).withPassword("alice@agora.test", "alice-password");

        assertThat(claimsOf(tokens.accessToken()).getAudience()).containsExactly("agora-api");
        assertThat(me(tokens.accessToken()).json().get("email").asString()).isEqualTo("alice@agora.test");
        assertThatThrownBy(() -> new SignIn(
                                api.base(), new SignIn.Client("agora-mobile", SignIn.Client.WEB.redirectUri()))
                        .withPassword("alice@agora.test", "alice-password"))
                .as("the mobile app's code is never sent to the web app's address")
                .isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void api_me_answers_the_callers_account_with_its_roles() throws Exception {
        Tokens tokens = signIn.withPassword("admin@agora.test", "admin-password");

        JsonNode me = me(tokens.accessToken()).json();

        assertThat(me.get("email").asString()).isEqualTo("admin@agora.test");
        assertThat(me.get("roles")).extracting(JsonNode::asString).containsExactly("ADMIN");
        assertThat(me.get("id").asString())
                .isEqualTo(claimsOf(tokens.accessToken()).getSubject());
        assertThat(me(tokens.accessToken().replace('a', 'b')).status()).isEqualTo(401);
        assertThat(api.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void an_account_is_visible_to_its_owner_and_admins_only() throws Exception {
        Tokens alice = signIn.withPassword("alice@agora.test", "alice-password");
        String alicePath = "/api/accounts/" + claimsOf(alice.accessToken()).getSubject();
        Tokens bob = new SignIn(api.base()).withPassword("bob@agora.test", "bob-password");
        Tokens admin = new SignIn(api.base()).withPassword("admin@agora.test", "admin-password");

        assertThat(api.get(alicePath, "Authorization", "Bearer " + alice.accessToken())
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("alice@agora.test");
        assertThat(api.get(alicePath, "Authorization", "Bearer " + admin.accessToken())
                        .status())
                .isEqualTo(200);
        Response forBob = api.get(alicePath, "Authorization", "Bearer " + bob.accessToken());
        assertThat(forBob.status()).isEqualTo(404);
        assertThat(forBob.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(api.get(alicePath).status()).isEqualTo(401);
    }

    @Test
    void a_refresh_token_works_once_and_its_reuse_revokes_the_family() {
        Tokens first = signIn.withPassword("bob@agora.test", "bob-password");

        Tokens second = signIn.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(me(second.accessToken()).status()).isEqualTo(200);
        assertThatThrownBy(() -> signIn.refresh(first.refreshToken()))
                .isInstanceOfSatisfying(
                        SignIn.Refused.class,
                        refused -> assertThat(refused.getMessage()).contains("invalid_grant"));
        assertThatThrownBy(() -> signIn.refresh(second.refreshToken()))
                .as("the reuse revoked the newest refresh token of the family too")
                .isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void an_access_token_says_when_its_customer_signed_in_and_a_refreshed_one_keeps_that_time() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Tokens first = signIn.withPassword("bob@agora.test", "bob-password");
        Instant after = Instant.now();

        Date signedIn = claimsOf(first.accessToken()).getDateClaim("auth_time");
        Tokens refreshed = signIn.refresh(first.refreshToken());

        assertThat(signedIn.toInstant()).isBetween(before, after);
        assertThat(claimsOf(refreshed.accessToken()).getDateClaim("auth_time")).isEqualTo(signedIn);
    }

    @Test
    void refreshes_racing_with_one_token_cannot_both_win() throws Exception {
        Tokens first = signIn.withPassword("bob@agora.test", "bob-password");
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> {
                try {
                    new SignIn(api.base()).refresh(first.refreshToken());
                    return 200;
                } catch (SignIn.Refused refused) {
                    return refused.status();
                }
            });
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> racer : pool.invokeAll(racers)) {
                statuses.add(racer.get());
            }
        }

        assertThat(statuses)
                .as("one refresh at most; the others are refused, none fails")
                .containsOnly(200, 400);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void a_service_gets_a_token_with_its_client_credentials() throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString("orders:dev-only-orders-client-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());

        JWTClaimsSet claims = claimsOf(response.json().get("access_token").asString());
        assertThat(claims.getSubject()).isEqualTo("orders");
        assertThat(claims.getAudience()).containsExactly("agora-api");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
        assertThat(response.json().has("refresh_token")).isFalse();
    }

    @Test
    void the_storefront_is_a_confidential_client_refused_without_its_secret() {
        Response withoutSecret = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=refresh_token&refresh_token=stolen&client_id=agora-storefront"))
                .build());
        String basic = Base64.getEncoder()
                .encodeToString("agora-storefront:dev-only-storefront-client-secret-0123456789"
                        .getBytes(StandardCharsets.UTF_8));
        Response revoked = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/oauth2/revoke"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=unknown&token_type_hint=refresh_token"))
                .build());

        assertThat(withoutSecret.status()).isEqualTo(401);
        assertThat(withoutSecret.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(revoked.status())
                .as("its secret lets it revoke (RFC 7009: unknown tokens too)")
                .isEqualTo(200);
    }

    @Test
    void publishes_discovery_and_only_public_keys() {
        JsonNode discovery = api.get("/.well-known/openid-configuration").json();
        JsonNode keys = api.get("/oauth2/jwks").json().get("keys");

        assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo("http://127.0.0.1:8080/oauth2/jwks");
        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            assertThat(key.get("kty").asString()).isEqualTo("RSA");
            assertThat(key.has("d")).as("no private exponent").isFalse();
            assertThat(key.has("p")).isFalse();
        });
    }

    @Test
    void an_admin_rotates_the_signing_key_and_older_tokens_stay_valid() throws Exception {
        Tokens before = signIn.withPassword("admin@agora.test", "admin-password");
        String oldKid = SignedJWT.parse(before.accessToken()).getHeader().getKeyID();

        Response rotated =
                api.send("POST", "/api/signing-keys", null, "Authorization", "Bearer " + before.accessToken());
        Tokens after = new SignIn(api.base()).withPassword("admin@agora.test", "admin-password");

        assertThat(rotated.status()).isEqualTo(201);
        String newKid = rotated.json().get("kid").asString();
        assertThat(SignedJWT.parse(after.accessToken()).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(api.get("/oauth2/jwks").json().get("keys"))
                .extracting(key -> key.get("kid").asString())
                .contains(oldKid, newKid);
        assertThat(me(before.accessToken()).status()).isEqualTo(200);
        assertThat(me(after.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void a_customer_may_not_rotate_keys() {
        Tokens alice = signIn.withPassword("alice@agora.test", "alice-password");

        Response response =
                api.send("POST", "/api/signing-keys", null, "Authorization", "Bearer " + alice.accessToken());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void the_openapi_document_has_the_json_api_only() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.propertyNames()).contains("/api/accounts", "/api/me", "/api/signing-keys");
        assertThat(paths.propertyNames()).doesNotContain("/login", "/error");
    }

    @Test
    void no_password_reaches_the_logs(CapturedOutput output) {
        signIn.withPassword("bob@agora.test", "bob-password");
        catchThrowable(() -> signIn.withPassword("bob@agora.test", "bobs-wrong-password"));

        assertThat(output.getAll()).doesNotContain("bob-password").doesNotContain("bobs-wrong-password");
    }

    @Test
    void a_wrong_password_gets_no_token() {
        assertThatThrownBy(() -> signIn.withPassword("alice@agora.test", "not-alices-password"))
                .isInstanceOfSatisfying(
                        SignIn.Refused.class,
                        refused -> assertThat(refused.status()).isEqualTo(401));
    }
}
