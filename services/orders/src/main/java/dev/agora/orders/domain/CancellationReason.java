package dev.agora.orders.domain;

/** Why an order ended without a sale. */
public enum CancellationReason {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    /** A participant did not answer in time, even when asked again. */
    TIMEOUT,
    CUSTOMER_CANCELLED,
    /** The stock held for the order was given back (its hold expired) before it could be sold. */
    RESERVATION_EXPIRED
}
