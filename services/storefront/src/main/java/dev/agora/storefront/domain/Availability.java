package dev.agora.storefront.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Whether a product can be bought, as inventory tells anyone: in stock, low ({@code unitsLeft} of them), or sold out.
 * When inventory cannot say, a page shows the product without it: {@link #unknown}.
 */
public record Availability(UUID productId, State state, int unitsLeft) {

    public enum State {
        IN_STOCK,
        LOW,
        SOLD_OUT,
        UNKNOWN
    }

    public Availability {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(state, "state");
    }

    public static Availability unknown(UUID productId) {
        return new Availability(productId, State.UNKNOWN, 0);
    }

    /** Sold out is the only state that keeps a customer from adding it: an unknown one is checked at checkout. */
    public boolean canBeBought() {
        return state != State.SOLD_OUT;
    }
}
