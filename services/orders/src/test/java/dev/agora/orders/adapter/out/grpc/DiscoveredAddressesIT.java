package dev.agora.orders.adapter.out.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.orders.application.port.ProductPrices.PricesUnavailable;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;

/** A channel to {@code discovery:///catalog} over two real gRPC catalogs, listed as the launcher lists them. */
class DiscoveredAddressesIT {

    final StandInCatalog first =
            new StandInCatalog(Map.of(GrpcProductPricesIT.LAMP, StandInCatalog.Price.euros("5.00")));
    final StandInCatalog second =
            new StandInCatalog(Map.of(GrpcProductPricesIT.LAMP, StandInCatalog.Price.euros("5.00")));
    ManagedChannel channel;

    @AfterEach
    void stop() {
        channel.shutdownNow();
        first.stop();
        second.stop();
    }

    @Test
    @SuppressWarnings("deprecation") // nameResolverFactory: the only way to give one channel its own resolver
    void calls_go_round_the_listed_instances_and_skip_one_that_is_gone() {
        SimpleDiscoveryProperties listed = new SimpleDiscoveryProperties();
        listed.setInstances(Map.of("catalog", List.of(instance(first.port()), instance(second.port()))));
        channel = ManagedChannelBuilder.forTarget("discovery:///catalog")
                // This channel's own resolver: another test's Spring context may have registered one globally.
                .nameResolverFactory(new DiscoveredAddresses(new SimpleDiscoveryClient(listed)))
                .usePlaintext()
                .defaultLoadBalancingPolicy("round_robin")
                .build();
        GrpcProductPrices catalog = new GrpcProductPrices(
                ProductCatalogGrpc.newBlockingStub(channel),
                new OutboundCalls(
                        new ResilienceProperties(Map.of("grpc", GrpcProductPricesIT.POLICY)),
                        new SimpleMeterRegistry()),
                Clock.systemUTC(),
                Duration.ZERO);

        // The first calls open both connections in a cold JVM: on a busy machine one may outlast the 1 s deadline.
        await().atMost(Duration.ofSeconds(5))
                .ignoreExceptionsInstanceOf(PricesUnavailable.class)
                .untilAsserted(() -> {
                    call(catalog, 10);
                    assertThat(first.calls.get()).isPositive();
                    assertThat(second.calls.get()).isPositive();
                });

        second.stop();
        int secondBefore = second.calls.get();
        // A call that meets the closing connection fails UNAVAILABLE and is tried again, on the instance left.
        call(catalog, 10);
        assertThat(second.calls.get())
                .as("nothing more reaches the stopped one")
                .isEqualTo(secondBefore);
    }

    private static void call(GrpcProductPrices catalog, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(catalog.of(Set.of(GrpcProductPricesIT.LAMP)).prices()).containsKey(GrpcProductPricesIT.LAMP);
        }
    }

    private static InstanceProperties instance(int port) {
        InstanceProperties instance = new InstanceProperties();
        instance.setServiceId("catalog");
        instance.setUri(URI.create("grpc://127.0.0.1:" + port));
        return instance;
    }
}
