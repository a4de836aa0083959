package dev.agora.orders.domain;

/** Why an order ended without a sale. */
public enum CancellationReason {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    /** A participant did not answer in time, even when asked again. */
    TIMEOUT,
    CUSTOMER_CANCELLED
}
