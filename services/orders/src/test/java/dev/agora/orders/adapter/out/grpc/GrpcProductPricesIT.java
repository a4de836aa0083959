package dev.agora.orders.adapter.out.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import dev.agora.orders.application.port.ProductPrices.Prices;
import dev.agora.orders.application.port.ProductPrices.PricesUnavailable;
import dev.agora.platform.resilience.CallPolicy;
import dev.agora.platform.resilience.OutboundCalls;
import dev.agora.platform.resilience.ResilienceProperties;
import dev.agora.testing.MovableClock;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pricing over real gRPC against a catalog stand-in that can be made to fail, stall or refuse: the {@code grpc} call
 * policy (deadline, retries, breaker, bulkhead) and the fallback to a price of the last minute.
 */
class GrpcProductPricesIT {

    static final UUID LAMP = UUID.fromString("e8b010b2-a4ea-5a54-98b6-13e6faff2c64");

    /** The pricing policy, with a short deadline and breaker pause so that the test is quick. */
    static final CallPolicy POLICY = new CallPolicy(
            Duration.ofSeconds(1),
            new CallPolicy.Retry(3, Duration.ofMillis(10)),
            new CallPolicy.Breaker(5, 50, 20, Duration.ofMillis(500), Duration.ofSeconds(60)),
            1);

    final StandInCatalog catalog = new StandInCatalog(Map.of(LAMP, StandInCatalog.Price.euros("5.00")));
    final MovableClock clock = new MovableClock();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ManagedChannel channel;
    GrpcProductPrices prices;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", catalog.port())
                .usePlaintext()
                .build();
        OutboundCalls calls = new OutboundCalls(new ResilienceProperties(Map.of("grpc", POLICY)), meters);
        prices = new GrpcProductPrices(
                ProductCatalogGrpc.newBlockingStub(channel), calls, clock, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        channel.shutdownNow();
        catalog.stop();
    }

    @Test
    void an_unavailable_catalog_is_asked_again_up_to_three_times() {
        catalog.failNext(2, Status.UNAVAILABLE);

        Prices priced = prices.of(Set.of(LAMP));

        assertThat(priced.prices().get(LAMP).amount()).isEqualByComparingTo("5.00");
        assertThat(catalog.calls.get()).isEqualTo(3);
        assertThat(meters.get("agora.calls.retries").counter().count()).isEqualTo(2);
    }

    @Test
    void gives_up_after_three_attempts() {
        catalog.failNext(3, Status.UNAVAILABLE);

        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .isInstanceOf(PricesUnavailable.class)
                .hasMessageContaining("UNAVAILABLE");
        assertThat(catalog.calls.get()).isEqualTo(3);
    }

    @Test
    void a_passed_deadline_is_not_retried() {
        catalog.stall(Duration.ofSeconds(2));

        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .isInstanceOf(PricesUnavailable.class)
                .hasMessageContaining("DEADLINE_EXCEEDED");
        assertThat(catalog.calls.get()).isEqualTo(1);
    }

    @Test
    void a_price_of_the_last_minute_prices_the_order_while_the_catalog_is_down() {
        prices.of(Set.of(LAMP));
        catalog.stop();

        clock.advance(Duration.ofSeconds(59));
        assertThat(prices.of(Set.of(LAMP)).prices().get(LAMP).amount()).isEqualByComparingTo("5.00");

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .as("a price older than a minute is not used")
                .isInstanceOf(PricesUnavailable.class);
    }

    @Test
    void a_refusal_is_not_a_failure_of_the_catalog_and_has_no_fallback() {
        prices.of(Set.of(LAMP));
        catalog.failNext(10, Status.PERMISSION_DENIED);

        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .isInstanceOf(PricesUnavailable.class)
                .hasMessageContaining("refused");
        assertThat(catalog.calls.get()).as("not retried").isEqualTo(2);
    }

    @Test
    void the_breaker_opens_after_five_failed_attempts_and_lets_calls_through_again_later() {
        catalog.failNext(6, Status.UNAVAILABLE);
        assertThatThrownBy(() -> prices.of(Set.of(LAMP))).isInstanceOf(PricesUnavailable.class);
        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .isInstanceOf(PricesUnavailable.class)
                .hasMessageContaining("circuit breaker is open");
        int callsWhenOpened = catalog.calls.get();
        assertThat(callsWhenOpened)
                .as("five attempts fail, then the breaker refuses")
                .isEqualTo(5);

        assertThatThrownBy(() -> prices.of(Set.of(LAMP))).hasMessageContaining("circuit breaker is open");
        assertThat(catalog.calls.get()).as("an open breaker sends nothing").isEqualTo(callsWhenOpened);

        catalog.failNext(0, Status.UNAVAILABLE);
        await().atMost(Duration.ofSeconds(5))
                .ignoreExceptions()
                .until(() -> prices.of(Set.of(LAMP)).prices().containsKey(LAMP));
    }

    @Test
    void calls_beyond_the_bulkhead_fail_at_once() {
        catalog.stall(Duration.ofMillis(500));
        CompletableFuture<Prices> first = CompletableFuture.supplyAsync(() -> prices.of(Set.of(LAMP)));
        await().atMost(Duration.ofSeconds(2)).until(() -> catalog.calls.get() == 1);

        assertThatThrownBy(() -> prices.of(Set.of(LAMP)))
                .isInstanceOf(PricesUnavailable.class)
                .hasMessageContaining("too many calls");
        assertThat(first.join().prices()).containsKey(LAMP);
    }
}
