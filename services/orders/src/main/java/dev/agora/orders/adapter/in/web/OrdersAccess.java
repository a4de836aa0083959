package dev.agora.orders.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Any signed-in customer orders; each order is shown to its owner only (checked on the order); API docs are public. */
@Configuration(proxyBeanMethods = false)
class OrdersAccess {

    @Bean
    AccessRules ordersAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers("/api/orders", "/api/orders/**")
                .authenticated();
    }
}
