package dev.agora.platform.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;

/**
 * What a 401 says (RFC 6750): the {@code WWW-Authenticate} challenge and the problem's detail. Both stay generic: why
 * a token failed helps an attacker more than a client, so that reason goes to the log only.
 */
public record BearerChallenge(String header, String detail, boolean tokenRejected) {

    public static BearerChallenge of(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth
                && BearerTokenErrorCodes.INVALID_TOKEN.equals(oauth.getError().getErrorCode())) {
            return new BearerChallenge(
                    "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"",
                    "The bearer token is invalid or has expired: sign in again for a fresh one.",
                    true);
        }
        if (failure instanceof OAuth2AuthenticationException oauth
                && BearerTokenErrorCodes.INVALID_REQUEST.equals(oauth.getError().getErrorCode())) {
            return new BearerChallenge(
                    "Bearer error=\"invalid_request\", error_description=\"The Authorization header is malformed\"",
                    "The Authorization header is malformed: send 'Authorization: Bearer <token>'.",
                    true);
        }
        return new BearerChallenge(
                "Bearer", "This request needs a valid access token: send 'Authorization: Bearer <token>'.", false);
    }
}
