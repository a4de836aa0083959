package dev.agora.notifications.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Any signed-in customer reads their own notifications (only theirs: the caller is the filter); docs are public. */
@Configuration(proxyBeanMethods = false)
class NotificationsAccess {

    @Bean
    AccessRules notificationsAccessRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/stream")
                .authenticated();
    }
}
