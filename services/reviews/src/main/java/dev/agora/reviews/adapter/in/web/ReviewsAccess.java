package dev.agora.reviews.adapter.in.web;

import dev.agora.platform.security.servlet.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone reads a product's reviews; only admins hide one; everything else needs a token (service-defaults' rule), and
 * the use cases let an author alone change or remove theirs.
 */
@Configuration(proxyBeanMethods = false)
class ReviewsAccess {

    @Bean
    AccessRules reviewsAccessRules() {
        return requests -> requests.requestMatchers(
                        HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/api/products/*/reviews", "/api/reviews/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/reviews/*/hide")
                .hasRole("ADMIN");
    }
}
