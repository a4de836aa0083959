package dev.agora.storefront.adapter.in.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The pages' filter chain, before the platform's API chain (which keeps the actuator's paths): customers sign in at
 * identity and their tokens stay here (see {@link SignInAddresses}); every form posts with a CSRF token (Thymeleaf adds
 * it to each {@code th:action}); the Content-Security-Policy lets in only the shop's own files: no inline script, no
 * script or picture from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    /** The forms' CSRF tokens, also renewed by the storefront's own sign-in ({@link SignedIn#keep}). */
    @Bean
    CsrfTokenRepository pageCsrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return tokens;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pages(
            HttpSecurity http,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange,
            OAuth2UserService<OidcUserRequest, OidcUser> customerPrincipals,
            OAuth2AuthorizationRequestResolver authorizationRequests,
            ClientRegistrationRepository registrations,
            SignedIn signedIn,
            RefreshTokenRevocation refreshTokenRevocation,
            CsrfTokenRepository pageCsrfTokens,
            @Value("${agora.storefront.public-address}") String publicAddress) {
        OidcClientInitiatedLogoutSuccessHandler signedOutAtIdentity =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOutAtIdentity.setPostLogoutRedirectUri(publicAddress + "/");
        return http.securityMatcher(request -> !request.getRequestURI().startsWith("/actuator/"))
                // Orders and the account are a customer's: a visitor is sent to sign in, and back.
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                OrderPages.CHECKOUT,
                                OrderPages.ORDERS,
                                OrderPages.ORDERS + "/**",
                                AccountPages.ACCOUNT,
                                AccountPages.ACCOUNT + "/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // Sign-in at identity (the authorization code with PKCE), the tokens kept in the session.
                .oauth2Login(signIn -> signIn.loginPage(SignInAddresses.SIGN_IN)
                        .authorizationEndpoint(start -> start.authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(back -> back.baseUri(SignInAddresses.CALLBACK))
                        .tokenEndpoint(token -> token.accessTokenResponseClient(codeExchange))
                        .userInfoEndpoint(account -> account.oidcUserService(customerPrincipals))
                        .successHandler(signedIn)
                        .failureUrl(SignInAddresses.FAILED))
                // Sign-out: the refresh token revoked, the session gone, then identity's own sign-out, and home.
                .logout(signOut -> signOut.logoutUrl(SignInAddresses.SIGN_OUT)
                        .addLogoutHandler(refreshTokenRevocation)
                        .logoutSuccessHandler(signedOutAtIdentity))
                // The token in a cookie of its own rather than in the session: a visitor who only looks at pages (or a
                // crawler) opens no session, so no row; the session starts with the cart.
                .csrf(csrf -> csrf.csrfTokenRepository(pageCsrfTokens))
                // A form without its token (expired, or posted from another site) gets a page, not a bare 403.
                .exceptionHandling(refusals -> refusals.accessDeniedPage(RefusedPages.DENIED))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
