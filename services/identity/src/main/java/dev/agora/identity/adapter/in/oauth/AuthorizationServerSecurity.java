package dev.agora.identity.adapter.in.oauth;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.agora.identity.application.port.SigningKeys;
import dev.agora.platform.security.AccessTokens;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OAuth 2.1 / OpenID Connect endpoints ({@code /oauth2/**}, {@code /.well-known/**}, {@code /userinfo}) and what
 * they issue. The issuer is the public address (the gateway's), the same every service checks {@code iss} against.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuthorizationServerSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients, JwtDecoder decoder) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults())
                            .clientAuthentication(clientAuthentication -> clientAuthentication
                                    .authenticationConverter(new PublicClientRefresh.Converter())
                                    .authenticationProvider(new PublicClientRefresh.Provider(clients)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that is not signed in goes to the sign-in page, and comes back after.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(decoder)));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AccessTokens tokens) {
        return AuthorizationServerSettings.builder()
                .issuer(tokens.properties().issuer())
                .build();
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(
            JWKSource<SecurityContext> keys, SigningKeys signingKeys, AccessTokens tokens) {
        JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwts.setJwtCustomizer(
                new AccessTokenClaims(signingKeys, tokens.properties().audience()));
        return new DelegatingOAuth2TokenGenerator(jwts, new RotatingRefreshTokens(Clock.systemUTC()));
    }

    @Bean
    OAuth2AuthorizationService authorizationService(
            JdbcOperations jdbcOperations, JdbcClient jdbc, RegisteredClientRepository clients) {
        return new RefreshTokenFamilies(
                new JdbcOAuth2AuthorizationService(jdbcOperations, clients), jdbc, Clock.systemUTC());
    }
}
