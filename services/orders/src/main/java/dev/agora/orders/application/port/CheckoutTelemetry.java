package dev.agora.orders.application.port;

import dev.agora.orders.domain.Order;

/**
 * What the checkout tells the people who run it, as it goes: business counters and the saga's duration (metrics), and
 * which order and step the work at hand is about (attributes of the current span).
 */
public interface CheckoutTelemetry {

    /** The order's checkout moved (a step started, an answer came): the order and its step, on the current span. */
    void moved(Order order);

    /** A new order was placed (counted once its transaction commits). */
    void placed(Order order);

    /** The order ended, confirmed or cancelled (counted once its transaction commits). */
    void ended(Order order);
}
