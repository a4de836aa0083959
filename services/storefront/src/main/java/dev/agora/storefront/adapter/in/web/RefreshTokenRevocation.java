package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.port.CustomerAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Signing out revokes the customer's refresh token at identity before the session goes: a copy of it is worth nothing
 * afterwards (an access token copied from the session still works at the services until it expires, 5 minutes at
 * most). Identity not answering does not keep anyone signed in: the session ends all the same, and the refresh token
 * expires on its own.
 */
@Component
class RefreshTokenRevocation implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRevocation.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final CustomerAccounts accounts;

    RefreshTokenRevocation(OAuth2AuthorizedClientRepository authorizedClients, CustomerAccounts accounts) {
        this.authorizedClients = authorizedClients;
        this.accounts = accounts;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken signedIn)) {
            return;
        }
        OAuth2AuthorizedClient tokens =
                authorizedClients.loadAuthorizedClient(signedIn.getAuthorizedClientRegistrationId(), signedIn, request);
        if (tokens == null) {
            return;
        }
        authorizedClients.removeAuthorizedClient(
                signedIn.getAuthorizedClientRegistrationId(), signedIn, request, response);
        if (tokens.getRefreshToken() != null) {
            try {
                accounts.signOut(tokens.getRefreshToken().getTokenValue());
            } catch (RuntimeException failure) {
                log.atWarn()
                        .addKeyValue("cause", failure.toString())
                        .log("A refresh token could not be revoked at sign-out; it expires on its own");
            }
        }
    }
}
