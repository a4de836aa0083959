package dev.agora.users.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Only admins search the profiles and follow anyone's erasure; everything else needs a token (service-defaults'
 * rule), and the controllers let a customer see their own profile only.
 */
@Configuration(proxyBeanMethods = false)
class UsersAccess {

    @Bean
    AccessRules usersAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/users", "/api/erasures/**")
                .hasRole("ADMIN");
    }
}
