package dev.agora.orders.config;

import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.users.v1.GetShippingAddressRequest;
import dev.agora.contracts.users.v1.ShippingAddressesGrpc;
import dev.agora.orders.adapter.out.grpc.DiscoveredAddresses;
import dev.agora.orders.adapter.out.grpc.GrpcProductPrices;
import dev.agora.orders.adapter.out.grpc.GrpcShippingAddresses;
import dev.agora.orders.adapter.out.grpc.GrpcWarmUp;
import dev.agora.orders.adapter.out.telemetry.MicrometerCheckoutTelemetry;
import dev.agora.orders.application.CancelOrder;
import dev.agora.orders.application.PlaceOrder;
import dev.agora.orders.application.PseudonymiseCustomer;
import dev.agora.orders.application.ViewOrder;
import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.application.checkout.CheckoutTimeouts;
import dev.agora.orders.application.history.ListOrders;
import dev.agora.orders.application.history.OrderHistory;
import dev.agora.orders.application.history.RebuildOrderHistory;
import dev.agora.orders.application.port.CheckoutDeadlines;
import dev.agora.orders.application.port.CheckoutMessages;
import dev.agora.orders.application.port.CheckoutTelemetry;
import dev.agora.orders.application.port.ErasureConfirmations;
import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.application.port.ShippingAddresses;
import dev.agora.orders.domain.Orders;
import dev.agora.platform.messaging.PublishingWarmUp;
import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.resilience.OutboundCalls;
import io.grpc.ManagedChannel;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrdersProperties.class)
@EnableScheduling
class OrdersConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Registered before the channel to the catalog is made, so that its address may be discovery:///catalog. */
    @Bean
    DiscoveredAddresses discoveredAddresses(DiscoveryClient discovery) {
        return new DiscoveredAddresses(discovery).register();
    }

    /** Made after {@code discoveredAddresses} (hence the parameter), so that discovery:///catalog resolves. */
    @Bean
    ManagedChannel catalogChannel(GrpcChannelFactory channels, DiscoveredAddresses discoveredAddresses) {
        return channels.createChannel("catalog");
    }

    /** As the catalog's: discovery:///users resolves. */
    @Bean
    ManagedChannel usersChannel(GrpcChannelFactory channels, DiscoveredAddresses discoveredAddresses) {
        return channels.createChannel("users");
    }

    /** An empty pricing request: it names no product. */
    @Bean
    GrpcWarmUp catalogWarmUp(ManagedChannel catalogChannel) {
        return GrpcWarmUp.of(
                "catalog",
                ProductCatalogGrpc.newBlockingStub(catalogChannel),
                catalog -> catalog.getProducts(GetProductsRequest.getDefaultInstance()));
    }

    @Bean
    GrpcWarmUp usersWarmUp(ManagedChannel usersChannel) {
        return GrpcWarmUp.of(
                "users",
                ShippingAddressesGrpc.newBlockingStub(usersChannel),
                users -> users.getShippingAddress(GetShippingAddressRequest.getDefaultInstance()));
    }

    /** The outbox's producer, connected before orders is ready: its commands and its events. */
    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(
                kafka, List.of(InventoryTopics.COMMANDS, PaymentsTopics.COMMANDS, OrdersTopics.EVENTS));
    }

    @Bean
    ProductPrices productPrices(
            ManagedChannel catalogChannel, OutboundCalls calls, Clock clock, OrdersProperties properties) {
        return new GrpcProductPrices(
                ProductCatalogGrpc.newBlockingStub(catalogChannel), calls, clock, properties.maxPriceAge());
    }

    @Bean
    CheckoutSaga checkoutSaga(
            Orders orders,
            CheckoutMessages messages,
            CheckoutDeadlines deadlines,
            OrderHistory history,
            CheckoutTelemetry telemetry,
            Clock clock,
            OrdersProperties properties) {
        return new CheckoutSaga(orders, messages, deadlines, history, telemetry, clock, properties.stepTimeout());
    }

    @Bean
    PseudonymiseCustomer pseudonymiseCustomer(
            Orders orders,
            OrderHistory history,
            ErasureConfirmations confirmations,
            TransactionOperations transactions,
            Clock clock) {
        return new PseudonymiseCustomer(orders, history, confirmations, transactions, clock);
    }

    @Bean
    CheckoutTelemetry checkoutTelemetry(MeterRegistry registry, CurrentTrace trace, Clock clock) {
        return new MicrometerCheckoutTelemetry(registry, trace, clock);
    }

    @Bean
    CheckoutTimeouts checkoutTimeouts(
            CheckoutSaga saga,
            CheckoutDeadlines deadlines,
            TransactionOperations transactions,
            Clock clock,
            OrdersProperties properties) {
        return new CheckoutTimeouts(saga, deadlines, transactions, clock, properties.stepAttempts());
    }

    @Bean
    ShippingAddresses shippingAddresses(ManagedChannel usersChannel, OutboundCalls calls) {
        return new GrpcShippingAddresses(ShippingAddressesGrpc.newBlockingStub(usersChannel), calls);
    }

    @Bean
    PlaceOrder placeOrder(
            ProductPrices prices,
            ShippingAddresses addresses,
            CheckoutSaga saga,
            TransactionOperations transactions,
            Clock clock) {
        return new PlaceOrder(prices, addresses, saga, transactions, clock, UUID::randomUUID);
    }

    @Bean
    CancelOrder cancelOrder(Orders orders, CheckoutSaga saga, TransactionOperations transactions, Clock clock) {
        return new CancelOrder(orders, saga, transactions, clock);
    }

    @Bean
    ViewOrder viewOrder(Orders orders) {
        return new ViewOrder(orders);
    }

    @Bean
    ListOrders listOrders(OrderHistory history) {
        return new ListOrders(history);
    }

    @Bean
    RebuildOrderHistory rebuildOrderHistory(Orders orders, OrderHistory history, TransactionOperations transactions) {
        return new RebuildOrderHistory(orders, history, transactions);
    }

    @Bean
    OpenAPI ordersApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora orders")
                        .version("v1")
                        .description("Place, follow and cancel orders; each is checked out by a saga over Kafka."));
    }
}
