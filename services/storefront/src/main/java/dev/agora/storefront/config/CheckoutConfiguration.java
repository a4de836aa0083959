package dev.agora.storefront.config;

import dev.agora.platform.http.EventStreams;
import dev.agora.storefront.adapter.out.http.HttpOrders;
import dev.agora.storefront.adapter.out.http.HttpProfiles;
import dev.agora.storefront.adapter.out.http.NotificationFeed;
import dev.agora.storefront.adapter.out.http.ServiceApi;
import dev.agora.storefront.adapter.out.persistence.JdbcCheckouts;
import dev.agora.storefront.application.PlaceOrder;
import dev.agora.storefront.application.ViewOrder;
import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.Checkouts;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.application.port.Profiles;
import dev.agora.storefront.config.StorefrontConfiguration.ServiceApis;
import dev.agora.storefront.domain.Carts;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checkout, the customer's orders and account: the orders and users APIs in the customer's name, and their live
 * notifications.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutConfiguration {

    /** The orders API, each call with the signed-in customer's access token. */
    @Bean
    ServiceApi ordersApi(ServiceApis apis, ClientHttpRequestInterceptor customersToken) {
        return apis.of("orders", StorefrontConfiguration.CALL_POLICY, List.of(customersToken));
    }

    /** The customer's profile and addresses (an address to ship to, and the account page), in their name. */
    @Bean
    Profiles profiles(ServiceApis apis, ClientHttpRequestInterceptor customersToken) {
        return new HttpProfiles(apis.of("users", StorefrontConfiguration.CALL_POLICY, List.of(customersToken)));
    }

    @Bean
    Orders orders(ServiceApi ordersApi) {
        return new HttpOrders(ordersApi);
    }

    @Bean
    Checkouts checkouts(JdbcClient database, Clock clock) {
        return new JdbcCheckouts(database, clock);
    }

    @Bean
    PlaceOrder placeOrder(Carts carts, Orders orders, Checkouts checkouts) {
        return new PlaceOrder(carts, orders, checkouts);
    }

    @Bean
    ViewOrder viewOrder(Orders orders, Catalogue catalogue) {
        return new ViewOrder(orders, catalogue);
    }

    /** A stream lasts minutes: it is opened on one instance of notifications, chosen as a call through lb:// would. */
    @Bean
    NotificationFeed notificationFeed(
            StorefrontProperties shop, ObjectProvider<LoadBalancerClient> loadBalancer, JsonMapper json) {
        return new NotificationFeed(
                EventStreams.of("notifications", shop.service("notifications"), loadBalancer::getObject), json);
    }
}
