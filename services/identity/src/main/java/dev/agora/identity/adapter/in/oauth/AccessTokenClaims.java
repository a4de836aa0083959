package dev.agora.identity.adapter.in.oauth;

import dev.agora.identity.application.port.SigningKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What Agora's tokens say beyond the standard claims: every JWT names the active signing key ({@code kid}); an access
 * token is for {@code agora-api} (not for the client that asked), lists the caller's roles, and says when its customer
 * last signed in with their password ({@code auth_time}, kept through refreshes): a service asks for a recent sign-in
 * before an act that cannot be undone, such as an erasure.
 */
public class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The role a service client (client credentials) acts with. */
    public static final String SERVICE_ROLE = "SERVICE";

    private static final String ROLE_PREFIX = "ROLE_";

    private static final String AUTH_TIME = "auth_time";

    private final SigningKeys keys;
    private final String audience;

    public AccessTokenClaims(SigningKeys keys, String audience) {
        this.keys = keys;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKeyId());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        // Mutable lists: the claims are stored with the authorization, whose JSON mapper refuses JDK immutable ones.
        context.getClaims().audience(new ArrayList<>(List.of(audience))).claim("roles", rolesOf(context));
        Instant signedIn = signedInAt(context);
        if (signedIn != null) {
            // A Date: the JWT has it in epoch seconds, and the stored authorization's JSON mapper accepts it.
            context.getClaims().claim(AUTH_TIME, Date.from(signedIn.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    /**
     * When the customer signed in with their password: Spring Security marks the sign-in with a password factor and its
     * time, and the authorization keeps that principal, so a refreshed token carries the same time.
     */
    private static @Nullable Instant signedInAt(JwtEncodingContext context) {
        return context.getPrincipal().getAuthorities().stream()
                .filter(authority -> authority instanceof FactorGrantedAuthority factor
                        && FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(factor.getAuthority()))
                .map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
                .max(Instant::compareTo)
                .orElse(null);
    }

    private static ArrayList<String> rolesOf(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return new ArrayList<>(List.of(SERVICE_ROLE));
        }
        return context.getPrincipal().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
