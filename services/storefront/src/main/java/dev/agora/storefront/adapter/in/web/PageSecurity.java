package dev.agora.storefront.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The pages' filter chain, before the platform's API chain (which keeps the actuator's paths): every page is public
 * for now, every form posts with a CSRF token (Thymeleaf adds it to each {@code th:action}), and the Content-Security-Policy lets in only the shop's own files: no inline
 * script, no script or picture from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return tokens;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pages(HttpSecurity http) {
        return http.securityMatcher(request -> !request.getRequestURI().startsWith("/actuator/"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The token in a cookie of its own rather than in the session: a visitor who only looks at pages (or a
                // crawler) opens no session, so no row; the session starts with the cart.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                // A form without its token (expired, or posted from another site) gets a page, not a bare 403.
                .exceptionHandling(refusals -> refusals.accessDeniedPage(RefusedPages.DENIED))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
