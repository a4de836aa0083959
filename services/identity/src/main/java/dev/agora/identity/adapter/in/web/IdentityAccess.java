package dev.agora.identity.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Anyone may open an account; rotating keys is for admins; anything else needs a token (service-defaults' rule). */
@Configuration(proxyBeanMethods = false)
class IdentityAccess {

    @Bean
    AccessRules identityAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/api/accounts")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers("/api/signing-keys", "/api/signing-keys/**")
                .hasRole("ADMIN");
    }
}
