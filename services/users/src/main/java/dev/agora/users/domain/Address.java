package dev.agora.users.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One of a customer's shipping addresses; one of them, at most, is their default. */
public record Address(
        UUID id, UUID customerId, AddressDetails details, boolean isDefault, long version, Instant createdAt) {

    public static final int MAX_PER_CUSTOMER = 10;

    public Address {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
