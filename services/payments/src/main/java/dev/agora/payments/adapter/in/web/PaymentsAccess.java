package dev.agora.payments.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Any signed-in customer may ask (the payment itself is shown to its owner only); the API docs are public. */
@Configuration(proxyBeanMethods = false)
class PaymentsAccess {

    @Bean
    AccessRules paymentsAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/payments")
                .authenticated();
    }
}
