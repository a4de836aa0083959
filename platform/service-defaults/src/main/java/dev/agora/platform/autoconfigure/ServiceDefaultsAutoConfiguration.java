package dev.agora.platform.autoconfigure;

import dev.agora.platform.chaos.ChaosConfiguration;
import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.ProblemMapping;
import dev.agora.platform.problem.ProblemResolver;
import dev.agora.platform.problem.reactive.ReactiveProblemHandler;
import dev.agora.platform.problem.servlet.ProblemErrorController;
import dev.agora.platform.problem.servlet.ServletProblemHandler;
import dev.agora.platform.resilience.BreakersEndpoint;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import dev.agora.platform.security.AccessTokenProperties;
import dev.agora.platform.security.AccessTokens;
import dev.agora.platform.security.IdentityKeysWarmUp;
import dev.agora.platform.security.reactive.ReactiveSecurity;
import dev.agora.platform.security.servlet.ServletSecurity;
import dev.agora.platform.warmup.SelfRequests;
import dev.agora.platform.warmup.WarmUp;
import dev.agora.platform.warmup.WarmUpProperties;
import dev.agora.platform.warmup.WarmUps;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.observation.SecurityObservationSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Agora service gets by depending on service-defaults: errors as problem+json with stable codes, and bearer
 * token checks (zero trust), on either web stack. Property defaults (health, metrics, logs, virtual threads) come from {@link ServiceDefaultsEnvironment}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration",
            // Our filter chains and decoders come first, so that Boot's defaults (a generated password, form login)
            // see them and stand back.
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
        })
@EnableConfigurationProperties({AccessTokenProperties.class, ResilienceProperties.class, WarmUpProperties.class})
@Import(ChaosConfiguration.class)
public class ServiceDefaultsAutoConfiguration {

    @Bean
    OutboundCalls outboundCalls(ResilienceProperties properties, MeterRegistry meters) {
        return new OutboundCalls(properties, meters);
    }

    @Bean
    BreakersEndpoint breakersEndpoint(OutboundCalls calls) {
        return new BreakersEndpoint(calls);
    }

    @Bean
    ProblemResolver problemResolver(ObjectProvider<ProblemMapping> mappings) {
        return new ProblemResolver(mappings.orderedStream().toList());
    }

    /**
     * Spring Security would wrap each of its filters, and each authentication and authorization, in an observation (a
     * span and timers) on every request. The request's own observation is enough; the wrapping alone cost the catalog
     * about a third of its throughput (docs/benchmarks.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AccessTokens accessTokens(AccessTokenProperties properties) {
        return new AccessTokens(properties);
    }

    @Bean
    WarmUp identityKeysWarmUp(AccessTokens tokens) {
        return new IdentityKeysWarmUp(tokens);
    }

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer) {
        return new CurrentTrace(tracer);
    }

    /** The {@code warmUp} health contributor, in the readiness group: down until every warm-up has ended. */
    @Bean
    WarmUps warmUpHealthIndicator(ObjectProvider<WarmUp> warmUps) {
        return new WarmUps(warmUps.orderedStream().toList());
    }

    @Bean
    WarmUp selfRequests(WarmUpProperties properties, Environment environment) {
        return new SelfRequests(
                properties.paths(), () -> environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.SERVLET)
    @Import({ServletProblemHandler.class, ProblemErrorController.class, ServletSecurity.class})
    static class ServletStack {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.REACTIVE)
    @Import(ReactiveSecurity.class)
    static class ReactiveStack {

        @Bean
        ReactiveProblemHandler reactiveProblemHandler(ProblemResolver resolver, CurrentTrace trace, JsonMapper json) {
            return new ReactiveProblemHandler(resolver, trace, json);
        }
    }
}
