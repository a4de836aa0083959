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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's store of authorizations, plus reuse detection: when a refresh token is rotated, a hash
 * of the old one is kept; if it is ever presented again, it was copied, so the whole family (the authorization with
 * its current access and refresh tokens) is revoked. Whoever holds the copy, thief or owner, must sign in again.
 *
 * <p>The hash is the lock too: two requests racing with the same refresh token both find the authorization, but only
 * one can insert the hash of the token it presented; the other is treated as a reuse.
 */
public class RefreshTokenFamilies implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenFamilies.class);

    /** The refresh token this request presented and the authorization it found, until that authorization is saved. */
    private record Presented(String authorizationId, String token) {}

    // A token request is handled on one thread from lookup to save; each request has its own (virtual) thread.
    private static final ThreadLocal<Presented> PRESENTED = new ThreadLocal<>();

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
        Presented presented = PRESENTED.get();
        PRESENTED.remove();
        String next = refreshTokenOf(authorization);
        if (presented != null
                && presented.authorizationId().equals(authorization.getId())
                && !presented.token().equals(next)) {
            if (!markUsed(presented.token(), authorization.getId())) {
                revoke(authorization.getId(), "A refresh token was used twice at once: its family is revoked");
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
            }
        } else {
            String previous = refreshTokenOf(authorizations.findById(authorization.getId()));
            if (previous != null && !previous.equals(next)) {
                markUsed(previous, authorization.getId());
            }
        }
        authorizations.save(authorization);
    }

    /** False when the token was already marked: someone else rotated it first. */
    private boolean markUsed(String token, String authorizationId) {
        try {
            jdbc.sql("""
                            INSERT INTO used_refresh_tokens (token_hash, authorization_id, used_at)
                            VALUES (:hash, :authorization, :now)""")
                    .param("hash", hash(token))
                    .param("authorization", authorizationId)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyUsed) {
            return false;
        }
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
            jdbc
                    .sql("SELECT authorization_id FROM used_refresh_tokens WHERE token_hash = :hash")
                    .param("hash", hash(token))
                    .query(String.class)
                    .list()
                    .stream()
                    .findFirst()
                    .ifPresent(family -> revoke(family, "A used refresh token came back: its family is revoked"));
        }
        if (found != null && OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            PRESENTED.set(new Presented(found.getId(), token));
        }
        return found;
    }

    private void revoke(String authorizationId, String why) {
        OAuth2Authorization family = authorizations.findById(authorizationId);
        if (family != null) {
            authorizations.remove(family);
            log.atWarn()
                    .addKeyValue("client", family.getRegisteredClientId())
                    .addKeyValue("principal", family.getPrincipalName())
                    .log(why);
        }
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
