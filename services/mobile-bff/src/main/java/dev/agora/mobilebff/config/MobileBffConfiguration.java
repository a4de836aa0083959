package dev.agora.mobilebff.config;

import dev.agora.mobilebff.adapter.in.graphql.GraphQlErrors;
import dev.agora.mobilebff.adapter.in.graphql.QueryLimits;
import dev.agora.mobilebff.adapter.out.http.CallerToken;
import dev.agora.mobilebff.adapter.out.http.HttpCatalogue;
import dev.agora.mobilebff.adapter.out.http.HttpCustomerAccounts;
import dev.agora.mobilebff.adapter.out.http.HttpOrderUpdates;
import dev.agora.mobilebff.adapter.out.http.HttpOrders;
import dev.agora.mobilebff.adapter.out.http.HttpProfiles;
import dev.agora.mobilebff.adapter.out.http.HttpReviews;
import dev.agora.mobilebff.adapter.out.http.HttpStockLevels;
import dev.agora.mobilebff.adapter.out.http.ServiceApi;
import dev.agora.mobilebff.application.port.Catalogue;
import dev.agora.mobilebff.application.port.CustomerAccounts;
import dev.agora.mobilebff.application.port.OrderUpdates;
import dev.agora.mobilebff.application.port.Orders;
import dev.agora.mobilebff.application.port.Profiles;
import dev.agora.mobilebff.application.port.Reviews;
import dev.agora.mobilebff.application.port.StockLevels;
import dev.agora.platform.http.EventStreams;
import dev.agora.platform.http.ServiceApiClients;
import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.resilience.OutboundCall;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.security.servlet.AccessRules;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class MobileBffConfiguration {

    /** The mobile BFF's calls to the services: {@code agora.resilience.calls.mobile-read.*}. */
    static final String CALL_POLICY = "mobile-read";

    static final String STREAM_PATH = "/mobile/graphql/stream";

    /**
     * Anyone may ask: the catalogue is public, and the services refuse what needs a signed-in customer when the caller
     * sends no token. A token that is sent must be valid (service-defaults checks it before this).
     */
    @Bean
    AccessRules mobileAccessRules() {
        return requests -> requests.requestMatchers("/mobile/graphql", "/mobile/graphql/schema", STREAM_PATH)
                .permitAll();
    }

    @Bean
    ServiceApis serviceApis(
            MobileBffProperties properties,
            RestClient.Builder clients,
            ObjectProvider<LoadBalancerInterceptor> loadBalancer,
            OutboundCalls calls,
            JsonMapper json) {
        CallerToken callerToken = new CallerToken();
        // A tolerant reader: the domain's records take the fields they name from the services' answers, and a field a
        // service adds later is left out rather than failing every screen (requests to this service stay strict).
        JacksonJsonHttpMessageConverter tolerant = new JacksonJsonHttpMessageConverter(json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
        return service -> {
            OutboundCall guarded =
                    calls.to(service, CALL_POLICY, ServiceApiClients::isFailure, ServiceApiClients::couldNotConnect);
            return new ServiceApi(
                    ServiceApiClients.client(
                                    properties.service(service), clients, loadBalancer::getObject, guarded.deadline())
                            .requestInterceptor(callerToken)
                            .messageConverters(converters -> converters.replaceAll(converter ->
                                    converter instanceof JacksonJsonHttpMessageConverter ? tolerant : converter))
                            .build(),
                    guarded);
        };
    }

    @Bean
    Catalogue catalogue(ServiceApis apis) {
        return new HttpCatalogue(apis.of("catalog"));
    }

    @Bean
    Reviews reviews(ServiceApis apis) {
        return new HttpReviews(apis.of("reviews"));
    }

    @Bean
    StockLevels stockLevels(ServiceApis apis) {
        return new HttpStockLevels(apis.of("inventory"));
    }

    @Bean
    CustomerAccounts customerAccounts(ServiceApis apis) {
        return new HttpCustomerAccounts(apis.of("identity"));
    }

    @Bean
    Profiles profiles(ServiceApis apis) {
        return new HttpProfiles(apis.of("users"));
    }

    @Bean
    Orders orders(ServiceApis apis) {
        return new HttpOrders(apis.of("orders"));
    }

    /** A stream lasts minutes: it is opened on one instance of notifications, as a call through lb:// would. */
    @Bean
    OrderUpdates orderUpdates(
            MobileBffProperties properties, ObjectProvider<LoadBalancerClient> loadBalancer, JsonMapper json) {
        return new HttpOrderUpdates(
                EventStreams.of("notifications", properties.service("notifications"), loadBalancer::getObject), json);
    }

    @Bean
    GraphQlErrors graphQlErrors(CurrentTrace trace) {
        return new GraphQlErrors(trace);
    }

    @Bean
    SubscriptionExceptionResolver subscriptionErrors(GraphQlErrors errors) {
        return errors.forSubscriptions();
    }

    /**
     * Subscriptions over Server-Sent Events at an address of their own, which the gateway routes as a stream (no
     * deadline); queries and mutations stay at /mobile/graphql, under the gateway's deadline.
     */
    @Bean
    RouterFunction<ServerResponse> graphQlStream(GraphQlSseHandler subscriptions) {
        return RouterFunctions.route()
                .POST(STREAM_PATH, RequestPredicates.accept(MediaType.TEXT_EVENT_STREAM), subscriptions::handleRequest)
                .build();
    }

    @Bean
    Instrumentation queryDepthLimit(MobileBffProperties properties) {
        return QueryLimits.depth(properties.maxQueryDepth());
    }

    @Bean
    Instrumentation queryComplexityLimit(MobileBffProperties properties) {
        return QueryLimits.complexity(properties.maxQueryComplexity());
    }

    /** The public API of each service the mobile BFF calls ({@code agora.mobile-bff.services.<name>}). */
    @FunctionalInterface
    interface ServiceApis {

        ServiceApi of(String service);
    }
}
