package dev.agora.orders.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checkout saga, top to bottom: the steps in the order they run, each with what undoes it. Each waits for its
 * participant's answer. The last sells the held units: once asked, it cannot be undone, only waited for.
 */
public enum CheckoutStep {
    RESERVE_STOCK(Compensation.RELEASE_STOCK),
    AUTHORIZE_PAYMENT(Compensation.VOID_PAYMENT),
    CONFIRM(null);

    private final @Nullable Compensation compensation;

    CheckoutStep(@Nullable Compensation compensation) {
        this.compensation = compensation;
    }

    public Optional<Compensation> compensation() {
        return Optional.ofNullable(compensation);
    }

    CheckoutStep next() {
        return values()[ordinal() + 1];
    }

    static CheckoutStep first() {
        return values()[0];
    }
}
