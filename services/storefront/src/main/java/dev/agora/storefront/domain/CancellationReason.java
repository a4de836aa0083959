package dev.agora.storefront.domain;

import java.util.Arrays;

/** Why an order ended without a sale, in the plain words a customer is told. */
public enum CancellationReason {
    PAYMENT_DECLINED("payment declined"),
    OUT_OF_STOCK("out of stock"),
    TIMEOUT("timed out: a step of the checkout did not answer in time"),
    CUSTOMER_CANCELLED("cancelled at your request"),
    RESERVATION_EXPIRED("the stock held for it was released before it could be sold"),
    /** A reason this shop does not know yet (the orders service is newer). */
    OTHER("cancelled");

    private final String words;

    CancellationReason(String words) {
        this.words = words;
    }

    /** The reason the orders service names; {@link #OTHER} for one the shop does not know. */
    public static CancellationReason named(String name) {
        return Arrays.stream(values())
                .filter(reason -> reason.name().equals(name))
                .findFirst()
                .orElse(OTHER);
    }

    public String words() {
        return words;
    }
}
