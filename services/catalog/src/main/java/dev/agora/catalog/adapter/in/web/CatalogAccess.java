package dev.agora.catalog.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Anyone may browse the catalog; only admins change it; anything else needs a token (service-defaults' rule). */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

    @Bean
    AccessRules catalogAccessRules() {
        return requests -> requests.requestMatchers(
                        HttpMethod.GET, "/api/products", "/api/products/**", "/api/categories", "/api/categories/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers("/api/products", "/api/products/**")
                .hasRole("ADMIN");
    }
}
