package dev.agora.identity.config;

import dev.agora.identity.domain.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What identity is configured with. The development profile (the default) supplies dev-only secrets and seed
 * accounts; the {@code prod} profile supplies none, so they must come from the environment.
 *
 * @param keyEncryptionSecret encrypts the private signing keys in the database (in prod, at least 32 characters)
 * @param accessTokenLifetime how long an access token is good for
 * @param refreshTokenLifetime how long a refresh token is good for if not used (each use rotates it)
 * @param webRedirectUris where {@code agora-web} may be sent back with an authorization code
 * @param mobileRedirectUris where {@code agora-mobile}, the mobile app, may be sent back with one: a private-use URI
 *     scheme that only the app opens (RFC 8252)
 * @param serviceClients confidential clients that get tokens with their own credentials (client credentials grant)
 * @param storefrontClient the web shop ({@code agora-storefront}), when it is deployed: a confidential client that
 *     signs customers in and keeps their tokens server-side
 * @param seedAccounts accounts opened at start-up when missing
 */
@Validated
@ConfigurationProperties("agora.identity")
public record IdentityProperties(
        // No @Size here: a failed binding prints the value, and this is a secret (ProductionSecrets checks the length).
        @NotBlank String keyEncryptionSecret,
        @DefaultValue("5m") @NotNull Duration accessTokenLifetime,
        @DefaultValue("8h") @NotNull Duration refreshTokenLifetime,
        @NotEmpty List<String> webRedirectUris,

        @DefaultValue("dev.agora.mobile:/oauth2redirect") @NotEmpty
        List<String> mobileRedirectUris,

        @DefaultValue @Valid List<ServiceClient> serviceClients,
        @Valid @Nullable StorefrontClient storefrontClient,
        @DefaultValue @Valid List<SeedAccount> seedAccounts) {

    /** A service that calls others in its own name. */
    public record ServiceClient(
            @NotBlank String id, @NotBlank String secret) {

        @Override
        public String toString() {
            return "ServiceClient[id=" + id + "]";
        }
    }

    /**
     * The storefront: the authorization code flow with PKCE, authenticated by its secret, and sent back only to its
     * own addresses after sign-in and sign-out.
     */
    public record StorefrontClient(
            @NotBlank String secret,
            @NotEmpty List<String> redirectUris,
            @NotEmpty List<String> postLogoutRedirectUris) {

        @Override
        public String toString() {
            return "StorefrontClient[redirectUris=" + redirectUris + "]";
        }
    }

    /** An account to open at start-up (development only). */
    public record SeedAccount(
            @NotBlank String email,
            @NotBlank String password,
            @NotBlank String name,
            @NotNull Role role) {

        @Override
        public String toString() {
            return "SeedAccount[email=" + email + ", role=" + role + "]";
        }
    }
}
