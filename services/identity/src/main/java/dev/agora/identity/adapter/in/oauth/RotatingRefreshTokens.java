package dev.agora.identity.adapter.in.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for every client allowed the refresh grant, the public {@code agora-web} included. Spring
 * Authorization Server gives a public client none by default; OAuth 2.1 allows it when refresh tokens rotate, which
 * every client here is configured to do ({@code reuseRefreshTokens = false}), and {@link RefreshTokenFamilies} revokes
 * a family whose used token comes back.
 */
public class RotatingRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private static final int TOKEN_BYTES = 96;

    private final StringKeyGenerator values =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), TOKEN_BYTES);
    private final Clock clock;

    public RotatingRefreshTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !context.getRegisteredClient()
                        .getAuthorizationGrantTypes()
                        .contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            return null;
        }
        Instant issuedAt = clock.instant();
        Instant expiresAt =
                issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive());
        return new OAuth2RefreshToken(values.generateKey(), issuedAt, expiresAt);
    }
}
