package dev.agora.payments.adapter.out.provider;

import dev.agora.payments.application.port.PaymentProvider;
import dev.agora.payments.config.PaymentsProperties;
import dev.agora.platform.resilience.OutboundCalls;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider payments talks to: the simulated one, behind the payment-provider call policy. */
@Configuration(proxyBeanMethods = false)
class PaymentProviderWiring {

    @Bean
    PaymentProvider paymentProvider(PaymentsProperties properties, OutboundCalls calls) {
        return new GuardedPaymentProvider(new SimulatedPaymentProvider(properties), calls);
    }
}
