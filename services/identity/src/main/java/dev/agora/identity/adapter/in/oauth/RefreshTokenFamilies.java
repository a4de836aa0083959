package dev.agora.identity.adapter.in.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's store of authorizations, plus reuse detection: when a refresh token is rotated, a hash
 * of the old one is kept; if it is ever presented again, it was copied, so the whole family (the authorization with
 * its current access and refresh tokens) is revoked. Whoever holds the copy, thief or owner, must sign in again.
 */
public class RefreshTokenFamilies implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenFamilies.class);

    private final OAuth2AuthorizationService authorizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RefreshTokenFamilies(OAuth2AuthorizationService authorizations, JdbcClient jdbc, Clock clock) {
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization before = authorizations.findById(authorization.getId());
        String previous = refreshTokenOf(before);
        if (previous != null && !previous.equals(refreshTokenOf(authorization))) {
            jdbc.sql("""
                            INSERT INTO used_refresh_tokens (token_hash, authorization_id, used_at)
                            VALUES (:hash, :authorization, :now)""")
                    .param("hash", hash(previous))
                    .param("authorization", authorization.getId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        authorizations.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        OAuth2Authorization found = authorizations.findByToken(token, tokenType);
        if (found == null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
            revokeFamilyOfUsed(token);
        }
        return found;
    }

    private void revokeFamilyOfUsed(String token) {
        jdbc
                .sql("SELECT authorization_id FROM used_refresh_tokens WHERE token_hash = :hash")
                .param("hash", hash(token))
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .map(authorizations::findById)
                .ifPresent(family -> {
                    authorizations.remove(family);
                    log.atWarn()
                            .addKeyValue("client", family.getRegisteredClientId())
                            .addKeyValue("principal", family.getPrincipalName())
                            .log("A used refresh token came back: its family is revoked");
                });
    }

    private static @Nullable String refreshTokenOf(@Nullable OAuth2Authorization authorization) {
        if (authorization == null) {
            return null;
        }
        OAuth2Authorization.Token<OAuth2RefreshToken> token = authorization.getRefreshToken();
        return token == null ? null : Objects.requireNonNull(token.getToken()).getTokenValue();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
