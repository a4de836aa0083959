package dev.agora.identity.config;

import dev.agora.identity.adapter.in.signin.AccountPasswords;
import dev.agora.identity.adapter.in.signin.AccountUserDetails;
import dev.agora.identity.adapter.out.keys.PersistedSigningKeys;
import dev.agora.identity.application.port.PasswordHashes;
import dev.agora.identity.domain.Accounts;
import dev.agora.platform.security.AccessTokens;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** The clients identity knows, its signing keys, and how a typed e-mail and password find an account. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The browser client: public (no secret), so PKCE is required and its refresh tokens rotate. */
    static final String WEB_CLIENT = "agora-web";

    /** The mobile app: a public client too, which keeps its tokens on the phone and calls the mobile BFF with them. */
    static final String MOBILE_CLIENT = "agora-mobile";

    /** The web shop: confidential (it keeps a secret and its customers' tokens server-side), PKCE all the same. */
    static final String STOREFRONT_CLIENT = "agora-storefront";

    /** A retired key stays published for twice a token's lifetime: past the last token it signed, and then some. */
    @Bean
    PersistedSigningKeys persistedSigningKeys(JdbcClient jdbc, IdentityProperties identity) {
        return new PersistedSigningKeys(
                jdbc,
                identity.keyEncryptionSecret(),
                identity.accessTokenLifetime().multipliedBy(2),
                Clock.systemUTC());
    }

    /** Identity checks the tokens sent to its own API with its own keys, and the same rules as every service. */
    @Bean
    JwtDecoder jwtDecoder(AccessTokens tokens, PersistedSigningKeys keys) {
        return tokens.decoder(keys);
    }

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashes hashes) {
        return new AccountPasswords(hashes);
    }

    @Bean
    UserDetailsService accountUserDetails(Accounts accounts) {
        return new AccountUserDetails(accounts);
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties identity, PasswordEncoder secrets) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(identity.accessTokenLifetime())
                .refreshTokenTimeToLive(identity.refreshTokenLifetime())
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(signingInCustomers(WEB_CLIENT, "Agora web", tokens)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .redirectUris(uris -> uris.addAll(identity.webRedirectUris()))
                .build());
        clients.add(signingInCustomers(MOBILE_CLIENT, "Agora mobile", tokens)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .redirectUris(uris -> uris.addAll(identity.mobileRedirectUris()))
                .build());
        IdentityProperties.StorefrontClient storefront = identity.storefrontClient();
        if (storefront != null) {
            clients.add(signingInCustomers(STOREFRONT_CLIENT, "Agora storefront", tokens)
                    .clientSecret(secrets.encode(storefront.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .redirectUris(uris -> uris.addAll(storefront.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(storefront.postLogoutRedirectUris()))
                    .build());
        }
        for (IdentityProperties.ServiceClient service : identity.serviceClients()) {
            clients.add(RegisteredClient.withId(service.id())
                    .clientId(service.id())
                    .clientSecret(secrets.encode(service.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** A client that signs customers in: the authorization code with PKCE, refresh tokens, no consent screen. */
    private static RegisteredClient.Builder signingInCustomers(String id, String name, TokenSettings tokens) {
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName(name)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens);
    }
}
