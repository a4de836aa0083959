package dev.agora.orders.domain;

/** What undoes a checkout step that acted (or may have: one that did not answer in time). */
public enum Compensation {
    RELEASE_STOCK,
    VOID_PAYMENT
}
