package dev.agora.gateway.routing;

import dev.agora.platform.security.reactive.ExchangeAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Routes that need a signed-in caller are refused at the edge without one, before any service is called. Roles are
 * each service's to check: the gateway only knows who, not what they may do.
 */
@Configuration(proxyBeanMethods = false)
class GatewayAccess {

    @Bean
    ExchangeAccessRules gatewayAccessRules() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.OPTIONS)
                .permitAll()
                .pathMatchers("/api/me", "/api/me/**", "/api/signing-keys", "/userinfo")
                .authenticated()
                .pathMatchers(HttpMethod.GET, "/api/accounts/**")
                .authenticated()
                .pathMatchers(HttpMethod.GET, "/api/products/**", "/api/categories/**")
                .permitAll()
                .pathMatchers(HttpMethod.HEAD, "/api/products/**", "/api/categories/**")
                .permitAll()
                .pathMatchers("/api/products/**", "/api/categories/**")
                .authenticated();
    }
}
