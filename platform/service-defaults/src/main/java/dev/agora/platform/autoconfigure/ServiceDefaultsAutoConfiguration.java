package dev.agora.platform.autoconfigure;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.ProblemMapping;
import dev.agora.platform.problem.ProblemResolver;
import dev.agora.platform.problem.reactive.ReactiveProblemHandler;
import dev.agora.platform.problem.servlet.ProblemErrorController;
import dev.agora.platform.problem.servlet.ServletProblemHandler;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Agora service gets by depending on service-defaults: errors as problem+json with stable codes on either
 * web stack. Property defaults (health, metrics, logs, virtual threads) come from {@link ServiceDefaultsEnvironment}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration"
        })
public class ServiceDefaultsAutoConfiguration {

    @Bean
    ProblemResolver problemResolver(ObjectProvider<ProblemMapping> mappings) {
        return new ProblemResolver(mappings.orderedStream().toList());
    }

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer) {
        return new CurrentTrace(tracer);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.SERVLET)
    @Import({ServletProblemHandler.class, ProblemErrorController.class})
    static class ServletProblems {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.REACTIVE)
    static class ReactiveProblems {

        @Bean
        ReactiveProblemHandler reactiveProblemHandler(ProblemResolver resolver, CurrentTrace trace, JsonMapper json) {
            return new ReactiveProblemHandler(resolver, trace, json);
        }
    }
}
