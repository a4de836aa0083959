package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in through the gateway with real tokens from identity, and what every service does with forged ones. */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityThroughGatewayIT {

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void usePlatform(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    static SignIn.Tokens signIn(String user) {
        return new SignIn(gateway.base()).withPassword(user + "@agora.test", user + "-password");
    }

    /**
     * The answer once the caller's rate limit lets the request through: more than its burst in a second gets 429 with
     * Retry-After, and a client waits that long, as this one does (the limit itself is ResilienceIT's to test).
     */
    static Response withinRateLimit(Supplier<Response> request) throws InterruptedException {
        Response response = request.get();
        for (int tries = 0; response.status() == 429 && tries < 5; tries++) {
            Thread.sleep(Duration.ofSeconds(
                    Long.parseLong(response.header("Retry-After").orElse("1"))));
            response = request.get();
        }
        return response;
    }

    static Response withToken(ApiClient api, String method, String path, String token) {
        return api.send(
                method,
                path,
                method.equals("GET") ? null : "{}",
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + token);
    }

    @Test
    void alice_signs_in_through_the_gateway_and_sees_her_account() throws Exception {
        SignIn.Tokens tokens = signIn("alice");

        Response me = withToken(gateway, "GET", "/api/me", tokens.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo("alice@agora.test");
        assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getIssuer())
                .as("the issuer is the public address")
                .isEqualTo(gateway.base().toString());
        assertThat(gateway.get("/.well-known/openid-configuration")
                        .json()
                        .get("token_endpoint")
                        .asString())
                .isEqualTo(gateway.base() + "/oauth2/token");
    }

    @Test
    void agora_token_prints_only_a_token_that_the_gateway_accepts() {
        List<String> printed = platform.agora("token", "bob");

        assertThat(printed).hasSize(1);
        String token = printed.getFirst();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(withToken(gateway, "GET", "/api/me", token)
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("bob@agora.test");
    }

    @Test
    void a_refresh_through_the_gateway_rotates_and_a_replay_is_refused() {
        SignIn signIn = new SignIn(gateway.base());
        SignIn.Tokens first = signIn.withPassword("bob@agora.test", "bob-password");

        SignIn.Tokens second = signIn.refresh(first.refreshToken());

        assertThat(withToken(gateway, "GET", "/api/me", second.accessToken()).status())
                .isEqualTo(200);
        assertThatThrownBy(() -> signIn.refresh(first.refreshToken())).isInstanceOf(SignIn.Refused.class);
        assertThatThrownBy(() -> signIn.refresh(second.refreshToken()))
                .as("the family is revoked")
                .isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void no_token_on_a_protected_endpoint_is_401_at_the_gateway_and_at_the_service() {
        for (ApiClient api : new ApiClient[] {gateway, platform.direct("catalog")}) {
            assertUnauthorized(api.send("POST", "/api/products", "{}", "Content-Type", "application/json"));
        }
        assertUnauthorized(gateway.get("/api/me"));
        assertUnauthorized(platform.direct("identity").get("/api/me"));
    }

    @Test
    void forged_tokens_are_refused_at_the_gateway_and_straight_at_the_catalog() throws Exception {
        String genuine = signIn("admin").accessToken();
        RSAKey identityKey = (RSAKey)
                JWKSet.parse(gateway.get("/oauth2/jwks").body()).getKeys().getFirst();
        Map<String, String> forgeries = TestIssuer.forgeriesWithoutTheKey(genuine, identityKey);

        for (Map.Entry<String, String> forged : forgeries.entrySet()) {
            for (ApiClient api : new ApiClient[] {gateway, platform.direct("catalog")}) {
                Response browse = withToken(api, "GET", "/api/products?size=1", forged.getValue());
                Response create = withToken(api, "POST", "/api/products", forged.getValue());
                assertThat(browse.status())
                        .as(forged.getKey() + " at " + api.base())
                        .isEqualTo(401);
                assertUnauthorized(create);
            }
            assertUnauthorized(withToken(platform.direct("identity"), "GET", "/api/me", forged.getValue()));
        }
        assertThat(withToken(platform.direct("catalog"), "GET", "/api/products?size=1", genuine)
                        .status())
                .as("the genuine token passes where its forgeries fail")
                .isEqualTo(200);
    }

    static Response addLamp(String token, String sku) {
        return gateway.send(
                "POST",
                "/api/products",
                """
                {"sku": "%s", "name": "Tour lamp", "category": "lighting", "price": {"amount": "19.90", "currency": "EUR"}}""".formatted(sku),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    @Test
    void every_seeded_product_has_stock_that_an_admin_sees_through_the_gateway_and_a_customer_may_not()
            throws InterruptedException {
        String admin = signIn("admin").accessToken();
        Response products = gateway.get("/api/products?size=100");
        assertThat(products.json().get("totalItems").asInt()).isGreaterThan(50);

        for (var product : products.json().get("items")) {
            if (!product.get("sku").asString().matches("[A-Z]{3}-\\d{3}")) {
                continue; // added by a test, not seeded
            }
            String path = "/api/inventory/" + product.get("id").asString();
            Response stock = withinRateLimit(() -> withToken(gateway, "GET", path, admin));
            assertThat(stock.status()).as(path).isEqualTo(200);
            assertThat(stock.json().get("available").asInt()
                            + stock.json().get("reserved").asInt()
                            + stock.json().get("sold").asInt())
                    .as("%s: seeded with 1 to 500 units", path)
                    .isBetween(1, 500);
        }
        String anyProduct = products.json().get("items").get(0).get("id").asString();
        assertThat(withToken(
                                gateway,
                                "GET",
                                "/api/inventory/" + anyProduct,
                                signIn("alice").accessToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_customer_asks_payments_for_an_order_through_the_gateway_and_an_anonymous_caller_may_not() {
        String path = "/api/payments?orderId=" + UUID.randomUUID();

        Response mine = withToken(gateway, "GET", path, signIn("alice").accessToken());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items")).isEmpty();
        assertThat(gateway.get(path).status()).isEqualTo(401);
    }

    @Test
    void an_admin_changes_the_catalog_through_the_gateway_and_a_customer_may_not() {
        String admin = signIn("admin").accessToken();
        String otherAdminSession = signIn("admin").accessToken();
        String sku = "SYS-" + UUID.randomUUID().toString().substring(0, 8);

        Response added = addLamp(admin, sku);
        Response byCustomer = addLamp(signIn("alice").accessToken(), sku + "-C");

        assertThat(added.status()).isEqualTo(201);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(byCustomer.json().get("code").asString()).isEqualTo("FORBIDDEN");
        String path = added.header("Location").orElseThrow();
        String etag = gateway.get(path).header("ETag").orElseThrow();
        String change = """
                {"sku": "%s", "name": "Tour lamp, renamed", "category": "lighting",
                 "price": {"amount": "21.00", "currency": "EUR"}}""".formatted(sku);
        Response first = gateway.send(
                "PUT",
                path,
                change,
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + admin,
                "If-Match",
                etag);
        Response stale = gateway.send(
                "PUT",
                path,
                change,
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + otherAdminSession,
                "If-Match",
                etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("PRECONDITION_FAILED");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void tokens_issued_before_identity_restarts_stay_valid() throws Exception {
        String before = signIn("admin").accessToken();

        platform.restart("identity");

        assertThat(withToken(gateway, "GET", "/api/me", before).status()).isEqualTo(200);
        assertThat(addLamp(before, "SYS-" + UUID.randomUUID().toString().substring(0, 8))
                        .status())
                .as("catalog still accepts it too")
                .isEqualTo(201);
        assertThat(SignedJWT.parse(signIn("admin").accessToken()).getHeader().getKeyID())
                .as("identity signs with the same persisted key")
                .isEqualTo(SignedJWT.parse(before).getHeader().getKeyID());
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }
}
