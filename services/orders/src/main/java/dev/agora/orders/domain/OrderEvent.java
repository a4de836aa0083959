package dev.agora.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an order, in the past tense: the order's state is these, replayed in order. They are domain events,
 * not wire messages: the order's history shows them, and an adapter maps the public ones to orders.events.v1.
 */
public sealed interface OrderEvent {

    Instant at();

    /**
     * A customer placed the order, priced by the catalog, shipped to a copy of one of their addresses (none in orders
     * placed without one, and in those placed before orders kept addresses).
     */
    record OrderPlaced(
            UUID orderId,
            String customerId,
            List<OrderLine> lines,
            Money total,
            String paymentToken,
            Instant at,
            @Nullable ShippingAddress shippingAddress)
            implements OrderEvent {

        public OrderPlaced {
            lines = List.copyOf(lines);
        }

        /** The same order with nothing left of its customer: a pseudonym for their id, no address. */
        public OrderPlaced pseudonymised(String pseudonym) {
            return new OrderPlaced(orderId, pseudonym, lines, total, paymentToken, at, null);
        }
    }

    /** The saga asked a participant to perform a step (again, when attempt is above 1: the first did not answer). */
    record StepStarted(CheckoutStep step, int attempt, Instant at) implements OrderEvent {}

    record StockReserved(Instant at) implements OrderEvent {}

    record StockReservationFailed(List<UUID> unavailableProductIds, Instant at) implements OrderEvent {

        public StockReservationFailed {
            unavailableProductIds = List.copyOf(unavailableProductIds);
        }
    }

    record PaymentAuthorized(UUID paymentId, Instant at) implements OrderEvent {}

    record PaymentDeclined(String reason, Instant at) implements OrderEvent {}

    /** The order will not be confirmed: these undo what its steps did, latest first. */
    record CompensationStarted(CancellationReason reason, List<Compensation> compensations, Instant at)
            implements OrderEvent {

        public CompensationStarted {
            compensations = List.copyOf(compensations);
        }
    }

    /** The compensations not yet acknowledged, asked for again. */
    record CompensationRetried(List<Compensation> compensations, Instant at) implements OrderEvent {

        public CompensationRetried {
            compensations = List.copyOf(compensations);
        }
    }

    record StockReleased(Instant at) implements OrderEvent {}

    record PaymentVoided(Instant at) implements OrderEvent {}

    /** The held units are sold. */
    record StockCommitted(Instant at) implements OrderEvent {}

    /** The units were no longer held (their hold expired): nothing was sold. */
    record StockCommitFailed(Instant at) implements OrderEvent {}

    record OrderConfirmed(Instant at) implements OrderEvent {}

    record OrderCancelled(CancellationReason reason, Instant at) implements OrderEvent {}
}
