package dev.agora.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** How every Agora service checks an access token; the web stacks only plug these pieces in. */
public final class AccessTokens {

    /** The claim identity puts the account's roles in ({@code CUSTOMER}, {@code ADMIN}). */
    public static final String ROLES_CLAIM = "roles";

    /** The only signature algorithm accepted: no {@code none}, no HMAC that a public key could forge. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    private static final int JWKS_TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;
    // A token naming an unknown key makes the service fetch the JWKS again, at most this often: forged key ids
    // cannot turn into a flood of requests to identity.
    private static final long JWKS_REFRESH_MIN_INTERVAL_MILLIS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final AccessTokenProperties properties;
    private @Nullable JWKSource<SecurityContext> identityKeys;

    public AccessTokens(AccessTokenProperties properties) {
        this.properties = properties;
    }

    public AccessTokenProperties properties() {
        return properties;
    }

    /** The claim saying when the customer last signed in with their password (OpenID Connect's, in epoch seconds). */
    public static final String AUTH_TIME_CLAIM = "auth_time";

    /** When the caller last signed in with their password, or null when their token does not say (a service's). */
    public static @Nullable Instant signedInAt(Authentication caller) {
        return caller.getPrincipal() instanceof Jwt token ? token.getClaimAsInstant(AUTH_TIME_CLAIM) : null;
    }

    /** Whether the signed-in caller has the ADMIN role (from the token's {@value #ROLES_CLAIM} claim). */
    public static boolean isAdmin(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    /**
     * Identity's public keys, fetched when first needed, cached (and kept a while if identity is unreachable), and
     * fetched again when a token names a new key. When they cannot be had, no key matches: the token is refused with
     * 401 like any token this service cannot verify, never a 500. One source per service, whose cache every decoder
     * and {@link IdentityKeysWarmUp} share.
     */
    public synchronized JWKSource<SecurityContext> identityKeys() {
        if (identityKeys == null) {
            identityKeys = tolerant(remoteKeys());
        }
        return identityKeys;
    }

    /** Whether this service checks tokens with identity's published keys (identity itself holds its own). */
    public synchronized boolean usesIdentityKeys() {
        return identityKeys != null;
    }

    private JWKSource<SecurityContext> tolerant(JWKSource<SecurityContext> remote) {
        return (selector, context) -> {
            try {
                return remote.get(selector, context);
            } catch (RateLimitReachedException tooSoon) {
                return List.of();
            } catch (KeySourceException unavailable) {
                log.atWarn()
                        .addKeyValue("jwkSetUri", properties.jwkSetUri())
                        .log("Cannot fetch identity's signing keys: {}", unavailable.getMessage());
                return List.of();
            }
        };
    }

    private JWKSource<SecurityContext> remoteKeys() {
        try {
            return JWKSourceBuilder.<SecurityContext>create(
                            properties.jwkSetUri().toURL(),
                            new DefaultResourceRetriever(
                                    JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES))
                    .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .refreshAheadCache(false)
                    .rateLimited(JWKS_REFRESH_MIN_INTERVAL_MILLIS)
                    .retrying(true)
                    .outageTolerant(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException invalid) {
            throw new IllegalStateException("agora.security.jwk-set-uri is not a URL: " + properties.jwkSetUri());
        }
    }

    /** The claims checks, beyond the signature: time with skew, issuer, audience, a subject. */
    public OAuth2TokenValidator<Jwt> claimsValidator() {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
    }

    /** A decoder for the servlet stack over the given keys: identity's own, or the remote JWKS. */
    public JwtDecoder decoder(JWKSource<SecurityContext> keys) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(ALGORITHM).build();
        decoder.setJwtValidator(claimsValidator());
        return decoder;
    }

    /** The caller as Spring Security sees it: name = {@code sub}, authorities = {@code ROLE_} + each role. */
    public static Converter<Jwt, AbstractAuthenticationToken> authentication() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        return authentication;
    }
}
