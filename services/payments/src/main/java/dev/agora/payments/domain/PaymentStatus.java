package dev.agora.payments.domain;

/** Where an order's payment stands. */
public enum PaymentStatus {
    /** The provider set the amount aside: the order may be confirmed. */
    AUTHORIZED,
    /** The provider refused: nothing was charged. */
    DECLINED,
    /** The order will not be confirmed: an authorization was refunded, and none is accepted any more. */
    VOIDED
}
