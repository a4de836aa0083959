package dev.agora.orders.application.checkout;

import dev.agora.orders.application.history.OrderHistory;
import dev.agora.orders.application.history.OrderSummary;
import dev.agora.orders.application.port.CheckoutDeadlines;
import dev.agora.orders.application.port.CheckoutMessages;
import dev.agora.orders.application.port.CheckoutTelemetry;
import dev.agora.orders.domain.CheckoutStep;
import dev.agora.orders.domain.Compensation;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.OrderEvent.CompensationRetried;
import dev.agora.orders.domain.OrderEvent.CompensationStarted;
import dev.agora.orders.domain.OrderEvent.OrderCancelled;
import dev.agora.orders.domain.OrderEvent.OrderConfirmed;
import dev.agora.orders.domain.OrderEvent.OrderPlaced;
import dev.agora.orders.domain.OrderEvent.StepStarted;
import dev.agora.orders.domain.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Orchestrates the checkout. The {@link Order} decides each transition; the saga stores the events it recorded, in the
 * same transaction sends what they ask for (the command of a step that starts, the compensations of one that failed,
 * the order's public events), sets the next deadline and projects the order history.
 *
 * <p>Every method runs in the caller's transaction, which must exist: the order's events, its messages (an outbox) and
 * its deadline are committed together or not at all.
 */
public class CheckoutSaga {

    private final Orders orders;
    private final CheckoutMessages messages;
    private final CheckoutDeadlines deadlines;
    private final OrderHistory history;
    private final CheckoutTelemetry telemetry;
    private final Clock clock;
    private final Duration stepTimeout;

    public CheckoutSaga(
            Orders orders,
            CheckoutMessages messages,
            CheckoutDeadlines deadlines,
            OrderHistory history,
            CheckoutTelemetry telemetry,
            Clock clock,
            Duration stepTimeout) {
        this.orders = orders;
        this.messages = messages;
        this.deadlines = deadlines;
        this.history = history;
        this.telemetry = telemetry;
        this.clock = clock;
        this.stepTimeout = stepTimeout;
    }

    /** Stores what the order just recorded and sends what it asks for. */
    public void record(Order order) {
        List<OrderEvent> changes = order.changes();
        if (changes.isEmpty()) {
            return;
        }
        orders.save(order);
        telemetry.moved(order);
        changes.forEach(event -> send(event, order));
        if (order.status().isTerminal()) {
            deadlines.clear(order.id());
        } else {
            deadlines.set(order.id(), clock.instant().plus(stepTimeout));
        }
        history.put(OrderSummary.of(order));
    }

    /**
     * A participant's answer, applied to the order under its lock. Returns false when no such order exists: the
     * answer belongs to no checkout of this service.
     */
    public boolean answer(UUID orderId, BiConsumer<Order, Instant> answer) {
        return orders.lock(orderId)
                .map(order -> {
                    answer.accept(order, clock.instant());
                    record(order);
                    return true;
                })
                .orElse(false);
    }

    private void send(OrderEvent event, Order order) {
        switch (event) {
            case OrderPlaced placed -> {
                messages.orderPlaced(order);
                telemetry.placed(order);
            }
            case StepStarted started -> perform(started.step(), order);
            case CompensationStarted started -> started.compensations().forEach(undo -> undo(undo, order));
            case CompensationRetried retried -> retried.compensations().forEach(undo -> undo(undo, order));
            case OrderConfirmed confirmed -> {
                messages.orderConfirmed(order);
                telemetry.ended(order);
            }
            case OrderCancelled cancelled -> {
                messages.orderCancelled(order);
                telemetry.ended(order);
            }
            default -> {
                // A participant's answer: recorded, and the transition it caused sends what is needed.
            }
        }
    }

    /** What each step of {@link CheckoutStep} asks of its participant. */
    private void perform(CheckoutStep step, Order order) {
        switch (step) {
            case RESERVE_STOCK -> messages.reserveStock(order);
            case AUTHORIZE_PAYMENT -> messages.authorizePayment(order);
            case CONFIRM -> messages.commitStock(order.id());
        }
    }

    /** What undoes each step. */
    private void undo(Compensation compensation, Order order) {
        switch (compensation) {
            case RELEASE_STOCK -> messages.releaseStock(order.id());
            case VOID_PAYMENT -> messages.voidPayment(order.id());
        }
    }
}
