package dev.agora.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Whether a product can be bought, as anyone may see it: in stock, low (with the units left, so that a shop can say
 * "only 2 left"), or sold out. Units held for orders under way are not for sale; an exact count is told only when low.
 */
public record Availability(UUID productId, State state, int unitsLeft) {

    /** At this many free units or fewer, a product is low. */
    public static final int LOW_AT = 5;

    public enum State {
        IN_STOCK,
        LOW,
        SOLD_OUT
    }

    public Availability {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(state, "state");
    }

    public static Availability of(Stock stock) {
        int free = stock.available();
        if (free == 0) {
            return new Availability(stock.productId(), State.SOLD_OUT, 0);
        }
        return free <= LOW_AT
                ? new Availability(stock.productId(), State.LOW, free)
                : new Availability(stock.productId(), State.IN_STOCK, 0);
    }
}
