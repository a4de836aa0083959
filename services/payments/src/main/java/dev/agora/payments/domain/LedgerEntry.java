package dev.agora.payments.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Money that moved: an authorization taken, or a refund given back. Entries are only ever added. */
public record LedgerEntry(UUID paymentId, UUID orderId, Kind kind, Money amount, Instant at) {

    public enum Kind {
        AUTHORIZATION,
        REFUND
    }

    public LedgerEntry {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }
}
