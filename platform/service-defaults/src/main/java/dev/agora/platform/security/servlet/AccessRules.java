package dev.agora.platform.security.servlet;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, declared as a bean: which endpoints are public, which roles the others need. Every
 * request no rule matches needs a valid token, so a forgotten endpoint is closed, not open. Do not end with
 * {@code anyRequest()}: service-defaults adds that last rule.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
