package dev.agora.identity.config;

import dev.agora.platform.startup.StartRefusal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In production, identity refuses to start with a development secret or any seed account: a secret from this
 * repository protects nothing, and a seeded admin with a published password is an open door.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSecrets implements InitializingBean {

    /** Every secret the development profile ships starts with this, so that none can slip into production. */
    static final String DEVELOPMENT_MARK = "dev-only";

    static final int MIN_SECRET_LENGTH = 32;

    private final IdentityProperties identity;

    ProductionSecrets(IdentityProperties identity) {
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        if (identity.keyEncryptionSecret().contains(DEVELOPMENT_MARK)) {
            problems.add("agora.identity.key-encryption-secret is the development one");
        } else if (identity.keyEncryptionSecret().length() < MIN_SECRET_LENGTH) {
            problems.add("agora.identity.key-encryption-secret has fewer than " + MIN_SECRET_LENGTH + " characters");
        }
        for (IdentityProperties.ServiceClient client : identity.serviceClients()) {
            checkClientSecret("service client '" + client.id() + "'", client.secret(), problems);
        }
        if (identity.storefrontClient() != null) {
            checkClientSecret(
                    "the storefront client", identity.storefrontClient().secret(), problems);
        }
        if (!identity.seedAccounts().isEmpty()) {
            problems.add("agora.identity.seed-accounts is not empty");
        }
        StartRefusal.refuseIfAny(problems, true, "Set real values from the environment (see docs/guides/security.md).");
    }

    private static void checkClientSecret(String client, String secret, List<String> problems) {
        if (secret.contains(DEVELOPMENT_MARK)) {
            problems.add("the secret of " + client + " is the development one");
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            problems.add("the secret of " + client + " has fewer than " + MIN_SECRET_LENGTH + " characters");
        }
    }
}
