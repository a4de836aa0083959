package dev.agora.storefront.config;

import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.warmup.SelfRequests;
import dev.agora.platform.warmup.WarmUp;
import dev.agora.storefront.adapter.out.http.CatalogueWarmUp;
import dev.agora.storefront.adapter.out.http.HttpCatalogue;
import dev.agora.storefront.adapter.out.http.HttpProductAvailability;
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
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class StorefrontConfiguration {

    /** The storefront's calls to the services: {@code agora.resilience.calls.page-read.*}. */
    static final String CALL_POLICY = "page-read";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    ServiceApis serviceApis(
            StorefrontProperties properties,
            RestClient.Builder clients,
            ObjectProvider<LoadBalancerInterceptor> loadBalancer,
            OutboundCalls calls) {
        return (service, policy, interceptors) -> {
            OutboundCall guarded = calls.to(
                    service, policy, StorefrontConfiguration::isFailure, StorefrontConfiguration::couldNotConnect);
            return new ServiceApi(
                    client(properties.service(service), clients, loadBalancer, guarded.deadline())
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
    ViewProduct viewProduct(Catalogue catalogue, StockStates stockStates) {
        return new ViewProduct(catalogue, stockStates);
    }

    /** What counts against a service's breaker: unreachable, too slow, or broken (5xx); not a request it refused. */
    static boolean isFailure(Throwable failure) {
        return failure instanceof ResourceAccessException
                || failure instanceof HttpServerErrorException
                || failure instanceof IOException;
    }

    /**
     * Only an attempt that could not connect is tried again: one that connected and got no answer in time would take
     * the deadline again, and three of them would outlast the gateway's own deadline for the page.
     */
    static boolean couldNotConnect(Throwable failure) {
        return failure instanceof ResourceAccessException access
                && (access.getCause() instanceof ConnectException
                        || access.getCause() instanceof HttpConnectTimeoutException);
    }

    /**
     * A client of one service, with Boot's observations (the customer's trace goes on) and a deadline. An
     * {@code lb://name} address is resolved at each call among the instances the launcher listed.
     */
    static RestClient.Builder client(
            URI address,
            RestClient.Builder clients,
            ObjectProvider<LoadBalancerInterceptor> loadBalancer,
            Duration deadline) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                // HTTP/1.1, as the services speak it: no upgrade attempt on every request.
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(CONNECT_TIMEOUT)
                        .build());
        requests.setReadTimeout(deadline);
        RestClient.Builder client = clients.clone().requestFactory(requests).baseUrl(baseUrlOf(address));
        if (isLoadBalanced(address)) {
            client.requestInterceptor(loadBalancer.getObject());
        }
        return client;
    }

    /** What a request names: {@code http://<name>} for {@code lb://<name>} (the interceptor picks an instance). */
    static String baseUrlOf(URI address) {
        return isLoadBalanced(address) ? "http://" + address.getHost() : address.toString();
    }

    /** {@code lb://<name>}: one of the instances the launcher listed, chosen at each call. */
    static boolean isLoadBalanced(URI address) {
        return "lb".equals(address.getScheme());
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
