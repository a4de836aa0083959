package dev.agora.contracts.users.v1;

import java.time.Instant;
import java.util.UUID;

/** What every participant of an erasure says and writes the same way. */
public final class Erasures {

    private static final String PSEUDONYM_PREFIX = "erased-";

    private Erasures() {}

    /** The pseudonym that replaces an erased customer's id where a record must stay (an order, a payment). */
    public static String pseudonym(String erasureId) {
        return PSEUDONYM_PREFIX + erasureId;
    }

    /** Whether this customer id is an erasure's pseudonym: the record stays, its customer is gone. */
    public static boolean isPseudonym(String customerId) {
        return customerId.startsWith(PSEUDONYM_PREFIX);
    }

    /** The request that starts an erasure, which users publishes on its topic keyed by the customer's id. */
    public static CustomerErasureRequested request(UUID erasureId, String customerId, Instant requestedAt) {
        return CustomerErasureRequested.newBuilder()
                .setErasureId(erasureId.toString())
                .setCustomerId(customerId)
                .setRequestedAt(requestedAt.toString())
                .build();
    }

    /** A participant's confirmation, which it publishes on its own events topic keyed by the erasure id. */
    public static CustomerDataErased confirmation(UUID erasureId, String service, Instant erasedAt) {
        return CustomerDataErased.newBuilder()
                .setErasureId(erasureId.toString())
                .setService(service)
                .setErasedAt(erasedAt.toString())
                .build();
    }
}
