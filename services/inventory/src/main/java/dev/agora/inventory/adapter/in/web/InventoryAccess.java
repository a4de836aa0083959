package dev.agora.inventory.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Stock levels are for admins; anything else needs a token (service-defaults' rule). */
@Configuration(proxyBeanMethods = false)
class InventoryAccess {

    @Bean
    AccessRules inventoryAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                // Whether a product can be bought is a shop's page, for anyone; the stock itself is the admins'.
                .requestMatchers(HttpMethod.GET, "/api/inventory/availability")
                .permitAll()
                .requestMatchers("/api/inventory/**")
                .hasRole("ADMIN");
    }
}
