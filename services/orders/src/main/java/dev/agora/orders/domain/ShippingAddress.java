package dev.agora.orders.domain;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an order ships: a copy of the customer's address as it was when they placed it. An address changed or removed
 * later at users leaves the order as it was.
 */
public record ShippingAddress(
        UUID addressId,
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country) {

    public ShippingAddress {
        Objects.requireNonNull(addressId, "addressId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }
}
