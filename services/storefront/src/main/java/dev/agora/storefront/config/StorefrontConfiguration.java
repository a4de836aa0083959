package dev.agora.storefront.config;

import dev.agora.platform.http.ServiceApiClients;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.warmup.SelfRequests;
import dev.agora.platform.warmup.WarmUp;
import dev.agora.storefront.adapter.out.http.CatalogueWarmUp;
import dev.agora.storefront.adapter.out.http.HttpCatalogue;
import dev.agora.storefront.adapter.out.http.HttpProductAvailability;
import dev.agora.storefront.adapter.out.http.HttpReviews;
import dev.agora.storefront.adapter.out.http.ServiceApi;
import dev.agora.storefront.adapter.out.persistence.JdbcCarts;
import dev.agora.storefront.application.AddToCart;
import dev.agora.storefront.application.BrowseCatalogue;
import dev.agora.storefront.application.ChangeCart;
import dev.agora.storefront.application.StockStates;
import dev.agora.storefront.application.ViewCart;
import dev.agora.storefront.application.ViewProduct;
import dev.agora.storefront.application.port.Catalogue;
import dev.agora.storefront.application.port.ProductAvailability;
import dev.agora.storefront.domain.Carts;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class StorefrontConfiguration {

    /** The storefront's calls to the services: {@code agora.resilience.calls.page-read.*}. */
    static final String CALL_POLICY = "page-read";

    @Bean
    ServiceApis serviceApis(
            StorefrontProperties properties,
            RestClient.Builder clients,
            ObjectProvider<LoadBalancerInterceptor> loadBalancer,
            OutboundCalls calls) {
        return (service, policy, interceptors) -> {
            OutboundCall guarded =
                    calls.to(service, policy, ServiceApiClients::isFailure, ServiceApiClients::couldNotConnect);
            return new ServiceApi(
                    ServiceApiClients.client(
                                    properties.service(service), clients, loadBalancer::getObject, guarded.deadline())
                            .requestInterceptors(own -> own.addAll(interceptors))
                            .build(),
                    guarded);
        };
    }

    @Bean
    ServiceApi catalogApi(ServiceApis apis) {
        return apis.of("catalog");
    }

    @Bean
    Catalogue catalogue(ServiceApi catalogApi) {
        return new HttpCatalogue(catalogApi);
    }

    @Bean
    ProductAvailability productAvailability(ServiceApis apis) {
        return new HttpProductAvailability(apis.of("inventory"));
    }

    /** The shop's home page, asked once the catalog answers (instead of {@code agora.warm-up.paths}). */
    @Bean
    WarmUp catalogueWarmUp(ServiceApi catalogApi, Environment environment) {
        return new CatalogueWarmUp(
                catalogApi,
                new SelfRequests(
                        List.of("/"), () -> environment.getRequiredProperty("local.server.port", Integer.class)));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Carts carts(JdbcClient database, TransactionTemplate transactions, Clock clock) {
        return new JdbcCarts(database, transactions, clock);
    }

    @Bean
    AddToCart addToCart(Carts carts, Catalogue catalogue, StockStates stockStates) {
        return new AddToCart(carts, catalogue, stockStates);
    }

    @Bean
    ChangeCart changeCart(Carts carts) {
        return new ChangeCart(carts);
    }

    @Bean
    ViewCart viewCart(Carts carts, Catalogue catalogue) {
        return new ViewCart(carts, catalogue);
    }

    @Bean
    StockStates stockStates(ProductAvailability productAvailability) {
        return new StockStates(productAvailability);
    }

    @Bean
    BrowseCatalogue browseCatalogue(Catalogue catalogue, StockStates stockStates, StorefrontProperties properties) {
        return new BrowseCatalogue(catalogue, stockStates, properties.pageSize());
    }

    @Bean
    ViewProduct viewProduct(Catalogue catalogue, StockStates stockStates, ServiceApis apis) {
        return new ViewProduct(catalogue, stockStates, new HttpReviews(apis.of("reviews")));
    }

    /** The public API of each service the storefront calls ({@code agora.storefront.services.<name>}). */
    @FunctionalInterface
    interface ServiceApis {

        /**
         * Under the call policy {@code agora.resilience.calls.<policy>}, each request through {@code interceptors}
         * too (the customer's token).
         */
        ServiceApi of(String service, String policy, List<ClientHttpRequestInterceptor> interceptors);

        default ServiceApi of(String service, String policy) {
            return of(service, policy, List.of());
        }

        /** Under the pages' call policy. */
        default ServiceApi of(String service) {
            return of(service, CALL_POLICY);
        }
    }
}
