package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.ZipkinServer;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.TestIssuer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gateway and the catalog as the launcher runs them, made to trust a test issuer instead of identity: then tokens
 * can be signed with a trusted key and still be wrong (expired, another issuer, another audience), which no honest
 * identity would sign. Each must be refused by the gateway and by the catalog itself.
 */
class TokenClaimsIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static RunningPlatform platform;

    @BeforeAll
    static void startGatewayAndCatalog() {
        // Only what the test calls (and Zipkin, where both send their spans): two JVMs of nine, on two cores.
        platform = RunningPlatform.start(services -> services.stream()
                .filter(service ->
                        List.of("gateway", "catalog", ZipkinServer.NAME).contains(service.name()))
                .map(service -> service.withArgument("agora.security.issuer", TestIssuer.ISSUER)
                        .withArgument("agora.security.jwk-set-uri", ISSUER.jwkSetUri()))
                .toList());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    static Response addProduct(ApiClient api, String token) {
        return api.send(
                "POST",
                "/api/products",
                """
                {"sku": "CLAIMS-%s", "name": "Claims lamp", "category": "lighting",
                 "price": {"amount": "9.90", "currency": "EUR"}}""".formatted(UUID.randomUUID().toString().substring(0, 8)),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    @Test
    void every_forged_token_is_refused_by_the_gateway_and_by_the_catalog_itself() {
        Map<String, String> forgeries = ISSUER.forgeries("admin-id", "ADMIN");
        assertThat(forgeries).containsKeys("expired", "wrong issuer", "wrong audience", "alg none");

        for (ApiClient api : new ApiClient[] {platform.gateway(), platform.direct("catalog")}) {
            for (Map.Entry<String, String> forged : forgeries.entrySet()) {
                Response response = addProduct(api, forged.getValue());
                assertThat(response.status())
                        .as(forged.getKey() + " at " + api.base())
                        .isEqualTo(401);
                assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
                assertThat(response.header("WWW-Authenticate"))
                        .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
            }
            assertThat(addProduct(api, ISSUER.token("admin-id", "ADMIN")).status())
                    .as("a token with the right claims passes at " + api.base())
                    .isEqualTo(201);
        }
    }
}
