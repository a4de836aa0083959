package dev.agora.platform.security.servlet;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.servlet.ServletProblemWriter;
import dev.agora.platform.security.AccessTokens;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter chain of a servlet service's API: stateless, bearer tokens only, the service's {@link AccessRules} and
 * then "authenticated" for everything else. Last in order, so a service with pages of its own (identity's login) can
 * put its own chains before it.
 * Imported by the auto-configuration only (not a {@code @Configuration}, so no component scan picks it up).
 */
public class ServletSecurity {

    /**
     * Health, metrics and breaker states stay reachable for probes, Prometheus and ./agora status, and the chaos
     * switches (present only under the chaos profile) for ./agora chaos; the gateway never routes them.
     */
    static final String[] OPERATIONS_PATHS = {
        "/actuator/health/**", "/actuator/prometheus", "/actuator/breakers", "/actuator/chaos"
    };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(AccessTokens tokens) {
        return tokens.decoder(tokens.identityKeys());
    }

    @Bean
    ServletProblemWriter servletProblemWriter(CurrentTrace trace, JsonMapper json) {
        return new ServletProblemWriter(trace, json);
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ServletProblemWriter problems) {
        return new ProblemSecurityResponses(problems);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            JwtDecoder decoder,
            ObjectProvider<AccessRules> rules,
            ProblemSecurityResponses refusals) {
        return http
                // No cookie or session authenticates a request here, so there is nothing for CSRF to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(OPERATIONS_PATHS).permitAll();
                    rules.orderedStream().forEach(service -> service.declare(requests));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(AccessTokens.authentication()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .build();
    }
}
