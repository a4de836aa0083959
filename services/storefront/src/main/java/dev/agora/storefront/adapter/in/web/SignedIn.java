package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.JoinCartOnSignIn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * What follows a sign-in, from identity's page or from the sign-up form: the visitor's cart joins the customer's, and
 * the browser goes back to the page that asked them to sign in (or home).
 */
@Component
class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final JoinCartOnSignIn joinCart;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    private final CsrfTokenRepository csrfTokens;

    SignedIn(
            JoinCartOnSignIn joinCart,
            OAuth2AuthorizedClientRepository authorizedClients,
            CsrfTokenRepository csrfTokens) {
        this.joinCart = joinCart;
        this.authorizedClients = authorizedClients;
        this.csrfTokens = csrfTokens;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        CartSession.remember(request, joinCart.join(CartSession.of(request), authentication.getName()));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Keeps a sign-in made by the storefront itself (after the sign-up form) as Spring Security keeps one from
     * identity's page: a new session id and a new CSRF token (neither known before the sign-in is good after it), the
     * customer in the session's security context, their tokens beside it.
     */
    void keep(OAuth2LoginAuthenticationToken login, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(
                login.getPrincipal(),
                login.getAuthorities(),
                login.getClientRegistration().getRegistrationId());
        new ChangeSessionIdAuthenticationStrategy().onAuthentication(authentication, request, response);
        new CsrfAuthenticationStrategy(csrfTokens).onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        login.getClientRegistration(),
                        authentication.getName(),
                        login.getAccessToken(),
                        login.getRefreshToken()),
                authentication,
                request,
                response);
        onAuthenticationSuccess(request, response, authentication);
    }
}
