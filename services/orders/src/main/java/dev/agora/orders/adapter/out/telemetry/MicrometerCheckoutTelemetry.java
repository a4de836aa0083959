package dev.agora.orders.adapter.out.telemetry;

import dev.agora.orders.application.port.CheckoutTelemetry;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderStatus;
import dev.agora.platform.problem.CurrentTrace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The checkout's metrics (docs/metrics.md), span attributes and the log line of each order placed and ended. Counters
 * and lines come once the transaction that placed or ended the order commits: a rolled-back attempt, retried by Kafka,
 * counts once, when it succeeds.
 */
public class MicrometerCheckoutTelemetry implements CheckoutTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerCheckoutTelemetry.class);

    private final MeterRegistry registry;
    private final CurrentTrace trace;
    private final Clock clock;
    private final Counter placed;
    private final Counter confirmed;

    public MicrometerCheckoutTelemetry(MeterRegistry registry, CurrentTrace trace, Clock clock) {
        this.registry = registry;
        this.trace = trace;
        this.clock = clock;
        this.placed = Counter.builder("agora.orders.placed")
                .description("Orders placed (accepted for checkout)")
                .register(registry);
        this.confirmed = Counter.builder("agora.orders.confirmed")
                .description("Orders confirmed: stock sold and payment authorized")
                .register(registry);
    }

    @Override
    public void moved(Order order) {
        trace.tag("order.id", order.id().toString());
        order.step().ifPresent(step -> trace.tag("saga.step", step.name()));
        trace.tag("order.status", order.status().name());
    }

    @Override
    public void placed(Order order) {
        trace.tag("order.id", order.id().toString());
        trace.tag(
                "product.ids",
                order.lines().stream().map(line -> line.productId().toString()).collect(Collectors.joining(",")));
        afterCommit(() -> {
            placed.increment();
            LOG.atInfo()
                    .addKeyValue("orderId", order.id())
                    .addKeyValue("lines", order.lines().size())
                    .addKeyValue(
                            "total",
                            order.total().amount() + " " + order.total().currency())
                    .log("Order placed");
        });
    }

    @Override
    public void ended(Order order) {
        Duration took = Duration.between(order.placedAt(), clock.instant());
        if (order.status() == OrderStatus.CONFIRMED) {
            Money total = order.total();
            long minorUnits = total.amount()
                    .movePointRight(total.currency().getDefaultFractionDigits())
                    .longValueExact();
            afterCommit(() -> {
                confirmed.increment();
                Counter.builder("agora.revenue")
                        .description("Value of the confirmed orders, in minor units of their currency (cents)")
                        .baseUnit("minor_units")
                        .tag("currency", total.currency().getCurrencyCode())
                        .register(registry)
                        .increment(minorUnits);
                sagaDuration("confirmed", "none").record(took);
                LOG.atInfo()
                        .addKeyValue("orderId", order.id())
                        .addKeyValue("tookMs", took.toMillis())
                        .log("Order confirmed");
            });
            return;
        }
        String reason =
                order.reason().map(why -> why.name().toLowerCase(Locale.ROOT)).orElse("unknown");
        afterCommit(() -> {
            Counter.builder("agora.orders.cancelled")
                    .description("Orders cancelled, by reason")
                    .tag("reason", reason)
                    .register(registry)
                    .increment();
            sagaDuration("cancelled", reason).record(took);
            LOG.atInfo()
                    .addKeyValue("orderId", order.id())
                    .addKeyValue("reason", reason)
                    .addKeyValue("tookMs", took.toMillis())
                    .log("Order cancelled");
        });
    }

    private Timer sagaDuration(String outcome, String reason) {
        return Timer.builder("agora.checkout.duration")
                .description("From placing an order to its end, by outcome and reason")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
