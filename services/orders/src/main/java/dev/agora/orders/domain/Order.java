package dev.agora.orders.domain;

import dev.agora.orders.domain.OrderEvent.CompensationRetried;
import dev.agora.orders.domain.OrderEvent.CompensationStarted;
import dev.agora.orders.domain.OrderEvent.OrderCancelled;
import dev.agora.orders.domain.OrderEvent.OrderConfirmed;
import dev.agora.orders.domain.OrderEvent.OrderPlaced;
import dev.agora.orders.domain.OrderEvent.PaymentAuthorized;
import dev.agora.orders.domain.OrderEvent.PaymentDeclined;
import dev.agora.orders.domain.OrderEvent.PaymentVoided;
import dev.agora.orders.domain.OrderEvent.StepStarted;
import dev.agora.orders.domain.OrderEvent.StockCommitFailed;
import dev.agora.orders.domain.OrderEvent.StockCommitted;
import dev.agora.orders.domain.OrderEvent.StockReleased;
import dev.agora.orders.domain.OrderEvent.StockReservationFailed;
import dev.agora.orders.domain.OrderEvent.StockReserved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order and its checkout, event-sourced: every change is an {@link OrderEvent}, and the state is those events
 * replayed. The order decides each transition of the saga; answers that come late, twice, or for a step it has left are
 * ignored, so whatever Kafka redelivers, the order ends {@code CONFIRMED} or {@code CANCELLED} exactly once.
 */
public final class Order {

    private final UUID id;
    private String customerId = "";
    private List<OrderLine> lines = List.of();
    private @Nullable Money total;
    private String paymentToken = "";
    private @Nullable ShippingAddress shippingAddress;
    private Instant placedAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private OrderStatus status = OrderStatus.PENDING;
    /** The step waiting for its participant's answer; none once compensating or ended. */
    private @Nullable CheckoutStep step;

    private int attempt;
    private final Set<Compensation> outstanding = EnumSet.noneOf(Compensation.class);
    private @Nullable CancellationReason reason;
    private int version;
    private final List<OrderEvent> changes = new ArrayList<>();

    private Order(UUID id) {
        this.id = id;
    }

    /** A new order, priced; its checkout starts with the first step. */
    public static Order place(
            UUID id,
            String customerId,
            List<OrderLine> lines,
            String paymentToken,
            @Nullable ShippingAddress shippingAddress,
            Instant at) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        if (customerId.isBlank() || paymentToken.isBlank()) {
            throw new IllegalArgumentException("An order needs a customer and a payment token");
        }
        Money total = lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow();
        Order order = new Order(id);
        order.record(new OrderPlaced(id, customerId, lines, total, paymentToken, at, shippingAddress));
        order.record(new StepStarted(CheckoutStep.first(), 1, at));
        return order;
    }

    /** The order as its stored events make it, with no new changes. */
    public static Order replay(UUID id, List<OrderEvent> history) {
        if (history.isEmpty() || !(history.getFirst() instanceof OrderPlaced)) {
            throw new IllegalArgumentException("The history of order " + id + " does not start with OrderPlaced");
        }
        Order order = new Order(id);
        history.forEach(order::apply);
        order.version = history.size();
        return order;
    }

    public void stockReserved(Instant at) {
        if (step == CheckoutStep.RESERVE_STOCK) {
            record(new StockReserved(at));
            startNextStep(at);
        }
    }

    public void stockReservationFailed(List<UUID> unavailableProductIds, Instant at) {
        if (step == CheckoutStep.RESERVE_STOCK) {
            record(new StockReservationFailed(unavailableProductIds, at));
            compensate(CancellationReason.OUT_OF_STOCK, false, at);
        }
    }

    public void paymentAuthorized(UUID paymentId, Instant at) {
        if (step == CheckoutStep.AUTHORIZE_PAYMENT) {
            record(new PaymentAuthorized(paymentId, at));
            startNextStep(at);
        }
    }

    public void stockCommitted(Instant at) {
        if (step == CheckoutStep.CONFIRM) {
            record(new StockCommitted(at));
            record(new OrderConfirmed(at));
        }
    }

    /** The hold expired before the units were sold (the saga was held up for longer than a hold lasts). */
    public void stockCommitFailed(Instant at) {
        if (step == CheckoutStep.CONFIRM) {
            record(new StockCommitFailed(at));
            compensate(CancellationReason.RESERVATION_EXPIRED, false, at);
        }
    }

    public void paymentDeclined(String why, Instant at) {
        if (step == CheckoutStep.AUTHORIZE_PAYMENT) {
            record(new PaymentDeclined(why, at));
            compensate(CancellationReason.PAYMENT_DECLINED, false, at);
        }
    }

    public void stockReleased(Instant at) {
        if (outstanding.contains(Compensation.RELEASE_STOCK)) {
            record(new StockReleased(at));
            cancelWhenCompensated(at);
        }
    }

    public void paymentVoided(Instant at) {
        if (outstanding.contains(Compensation.VOID_PAYMENT)) {
            record(new PaymentVoided(at));
            cancelWhenCompensated(at);
        }
    }

    /**
     * The current step's deadline passed without an answer: the step is asked again while it has attempts left, then
     * compensated as if it had acted. Unacknowledged compensations, and the last step (a sale cannot be undone, only
     * waited for), are asked again as often as it takes.
     */
    public void timedOut(int maxAttempts, Instant at) {
        if (status.isTerminal()) {
            return;
        }
        if (step == null) {
            record(new CompensationRetried(List.copyOf(outstanding), at));
        } else if (attempt < maxAttempts || step == CheckoutStep.CONFIRM) {
            record(new StepStarted(step, attempt + 1, at));
        } else {
            compensate(CancellationReason.TIMEOUT, true, at);
        }
    }

    /** The customer gives up the order: allowed until it is paid for, and harmless when already under way. */
    public void cancel(Instant at) {
        if (status == OrderStatus.CONFIRMED || step == CheckoutStep.CONFIRM) {
            throw new OrderAlreadyConfirmed(id);
        }
        if (step != null) {
            compensate(CancellationReason.CUSTOMER_CANCELLED, true, at);
        }
    }

    /**
     * Undoes the steps that acted, latest first; the current step too when its outcome is unknown (it did not answer,
     * or the customer cancelled before it did). With nothing to undo, the order is cancelled at once.
     */
    private void compensate(CancellationReason why, boolean currentStepMayHaveActed, Instant at) {
        CheckoutStep current = requireStep();
        List<Compensation> undo = new ArrayList<>();
        if (currentStepMayHaveActed) {
            current.compensation().ifPresent(undo::add);
        }
        for (int earlier = current.ordinal() - 1; earlier >= 0; earlier--) {
            CheckoutStep.values()[earlier].compensation().ifPresent(undo::add);
        }
        if (undo.isEmpty()) {
            record(new OrderCancelled(why, at));
        } else {
            record(new CompensationStarted(why, undo, at));
        }
    }

    private void cancelWhenCompensated(Instant at) {
        if (outstanding.isEmpty()) {
            record(new OrderCancelled(requireReason(), at));
        }
    }

    private void startNextStep(Instant at) {
        record(new StepStarted(requireStep().next(), 1, at));
    }

    private void record(OrderEvent event) {
        apply(event);
        changes.add(event);
    }

    private void apply(OrderEvent event) {
        switch (event) {
            case OrderPlaced placed -> {
                customerId = placed.customerId();
                lines = placed.lines();
                total = placed.total();
                paymentToken = placed.paymentToken();
                shippingAddress = placed.shippingAddress();
                placedAt = placed.at();
            }
            case StepStarted started -> {
                step = started.step();
                attempt = started.attempt();
            }
            case CompensationStarted started -> {
                step = null;
                reason = started.reason();
                outstanding.addAll(started.compensations());
            }
            case StockReleased released -> outstanding.remove(Compensation.RELEASE_STOCK);
            case PaymentVoided voided -> outstanding.remove(Compensation.VOID_PAYMENT);
            case OrderConfirmed confirmed -> {
                status = OrderStatus.CONFIRMED;
                step = null;
            }
            case OrderCancelled cancelled -> {
                status = OrderStatus.CANCELLED;
                reason = cancelled.reason();
                step = null;
            }
            case StockReserved reserved -> {}
            case StockReservationFailed failed -> {}
            case PaymentAuthorized authorized -> {}
            case PaymentDeclined declined -> {}
            case StockCommitted committed -> {}
            case StockCommitFailed failed -> {}
            case CompensationRetried retried -> {}
        }
        updatedAt = event.at();
    }

    private CheckoutStep requireStep() {
        if (step == null) {
            throw new IllegalStateException("Order " + id + " has no step running");
        }
        return step;
    }

    private CancellationReason requireReason() {
        if (reason == null) {
            throw new IllegalStateException("Order " + id + " is compensating without a reason");
        }
        return reason;
    }

    public UUID id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money total() {
        if (total == null) {
            throw new IllegalStateException("Order " + id + " was never placed");
        }
        return total;
    }

    public String paymentToken() {
        return paymentToken;
    }

    /** Where it ships; none for an order placed without an address. */
    public Optional<ShippingAddress> shippingAddress() {
        return Optional.ofNullable(shippingAddress);
    }

    public OrderStatus status() {
        return status;
    }

    /** Why the order was cancelled, or is being compensated. */
    public Optional<CancellationReason> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<CheckoutStep> step() {
        return Optional.ofNullable(step);
    }

    public boolean isCompensating() {
        return !status.isTerminal() && step == null;
    }

    public Set<Compensation> outstandingCompensations() {
        return Collections.unmodifiableSet(outstanding);
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** How many events are stored: the version the new changes follow. */
    public int version() {
        return version;
    }

    /** The events recorded since it was loaded, oldest first. */
    public List<OrderEvent> changes() {
        return List.copyOf(changes);
    }

    /** The changes are stored: they become history. */
    public void markSaved() {
        version += changes.size();
        changes.clear();
    }

    public boolean isOwnedBy(String customer) {
        return customerId.equals(customer);
    }
}
