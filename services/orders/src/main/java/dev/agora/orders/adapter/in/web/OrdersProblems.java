package dev.agora.orders.adapter.in.web;

import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.application.port.ShippingAddresses;
import dev.agora.orders.domain.OrderAlreadyConfirmed;
import dev.agora.orders.domain.OrderNotFound;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where orders' failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class OrdersProblems {

    @Bean
    ProblemMapping orderNotFound() {
        return new ProblemMapping(OrderNotFound.class, OrdersErrorCodes.ORDER_NOT_FOUND);
    }

    @Bean
    ProblemMapping orderAlreadyConfirmed() {
        return new ProblemMapping(OrderAlreadyConfirmed.class, OrdersErrorCodes.ORDER_ALREADY_CONFIRMED);
    }

    @Bean
    ProblemMapping addressesUnavailable() {
        return new ProblemMapping(
                ShippingAddresses.AddressesUnavailable.class,
                PlatformErrorCodes.SERVICE_UNAVAILABLE,
                "Your shipping address cannot be read now; nothing was ordered. Retry in a moment.");
    }

    @Bean
    ProblemMapping pricesUnavailable() {
        return new ProblemMapping(
                ProductPrices.PricesUnavailable.class,
                PlatformErrorCodes.SERVICE_UNAVAILABLE,
                "The catalog cannot price the order now; nothing was ordered. Retry in a moment.");
    }
}
