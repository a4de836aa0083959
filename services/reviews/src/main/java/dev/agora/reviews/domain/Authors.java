package dev.agora.reviews.domain;

import java.time.Instant;

/** The names authors sign with, as users tells them. */
public interface Authors {

    void named(String customerId, String displayName, Instant at);

    void forget(String customerId);
}
