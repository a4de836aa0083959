package dev.agora.payments.adapter.out.provider;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.config.PaymentsProperties;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import dev.agora.platform.startup.StartRefusal;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * The provider payments talks to, chosen by {@code agora.payments.provider.kind}, behind the payment-provider call
 * policy. Payments refuses to start rather than guess: without a kind (only the dev profile has one), with an http
 * provider missing its address or key, and under the prod profile with the simulated one (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderWiring {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentProviderWiring.class);

    @Bean
    PaymentProvider paymentProvider(
            PaymentsProperties properties,
            OutboundCalls calls,
            ResilienceProperties policies,
            Environment environment,
            ObjectProvider<ObservationRegistry> observations) {
        PaymentsProperties.Provider provider = properties.provider();
        boolean production = environment.matchesProfiles("prod");
        StartRefusal.refuseIfAny(
                provider.problems(production),
                production,
                "Set the provider from the environment (see docs/guides/checkout-saga.md, \"The provider and the mail"
                        + " in production\").");
        PaymentProvider chosen = switch (Objects.requireNonNull(provider.kind())) {
            case SIMULATED -> new SimulatedPaymentProvider(properties);
            case HTTP ->
                new HttpPaymentProvider(
                        RestClient.builder()
                                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP)),
                        Objects.requireNonNull(provider.url()),
                        Objects.requireNonNull(provider.apiKey()),
                        provider.connectTimeout(),
                        policies.policy(GuardedPaymentProvider.CALL_TYPE).deadline());
        };
        LoggingEventBuilder announcement = LOG.atInfo().addKeyValue("kind", provider.kind());
        if (provider.url() != null) {
            announcement = announcement.addKeyValue("url", provider.url().toString());
        }
        announcement.log("payment provider chosen");
        return new GuardedPaymentProvider(chosen, calls);
    }
}
