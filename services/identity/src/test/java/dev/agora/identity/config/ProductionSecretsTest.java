package dev.agora.identity.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.identity.IdentityApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile will not start identity with a development secret or seed accounts. */
class ProductionSecretsTest {

    static final String MEMORY_DATABASE =
            "--spring.datasource.url=jdbc:h2:mem:identity-prod;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void refuses_the_development_secrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class)
                        .profiles("prod")
                        .run(
                                MEMORY_DATABASE,
                                "--server.port=0",
                                "--agora.identity.key-encryption-secret=dev-only-key-encryption-secret-0123456789",
                                "--agora.identity.service-clients[0].id=orders",
                                "--agora.identity.service-clients[0].secret=dev-only-orders-client-secret-0123456789",
                                "--agora.identity.storefront-client.secret=dev-only-storefront-client-secret-0123456789",
                                "--agora.identity.storefront-client.redirect-uris=https://shop.example/sign-in/callback",
                                "--agora.identity.storefront-client.post-logout-redirect-uris=https://shop.example/")
                        .close())
                .hasRootCauseMessage("Refusing to start with the prod profile: "
                        + "agora.identity.key-encryption-secret is the development one; "
                        + "the secret of service client 'orders' is the development one; "
                        + "the secret of the storefront client is the development one. "
                        + "Set real values from the environment (see docs/guides/security.md).");
    }

    @Test
    void refuses_seed_accounts_and_short_secrets_without_printing_them() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class)
                        .profiles("prod")
                        .run(
                                MEMORY_DATABASE,
                                "--server.port=0",
                                "--agora.identity.key-encryption-secret=short-but-secret",
                                "--agora.identity.seed-accounts[0].email=eve@agora.test",
                                "--agora.identity.seed-accounts[0].password=eve-password",
                                "--agora.identity.seed-accounts[0].name=Eve",
                                "--agora.identity.seed-accounts[0].role=ADMIN")
                        .close())
                .rootCause()
                .hasMessageContaining("key-encryption-secret has fewer than 32 characters")
                .hasMessageContaining("seed-accounts is not empty")
                .message()
                .doesNotContain("short-but-secret");
    }

    @Test
    void refuses_to_start_without_a_key_encryption_secret() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class)
                        .profiles("prod")
                        .run(MEMORY_DATABASE, "--server.port=0")
                        .close())
                .rootCause()
                .hasMessageContaining("keyEncryptionSecret");
    }
}
