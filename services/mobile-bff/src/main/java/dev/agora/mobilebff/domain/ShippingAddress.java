package dev.agora.mobilebff.domain;

import org.jspecify.annotations.Nullable;

/** The copy of an address an order keeps, as orders answers it. */
public record ShippingAddress(
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country) {}
