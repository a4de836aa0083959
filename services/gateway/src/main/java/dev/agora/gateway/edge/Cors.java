package dev.agora.gateway.edge;

import dev.agora.gateway.config.EdgeProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/** Browsers on the configured origins (agora.gateway.cors-allowed-origins) may call the API; no other origin may. */
@Configuration(proxyBeanMethods = false)
class Cors {

    @Bean
    CorsWebFilter corsWebFilter(EdgeProperties edge) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(edge.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "If-Match",
                "If-None-Match",
                RequestIdFilter.HEADER));
        cors.setExposedHeaders(
                List.of(RequestIdFilter.HEADER, TraceIdFilter.HEADER, "ETag", "Location", "Retry-After"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return new CorsWebFilter(source);
    }
}
