package dev.agora.storefront.domain;

import org.jspecify.annotations.Nullable;

/** An address as the customer types it; users checks it (the country's ISO code, lengths, postal code). */
public record AddressDraft(
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        boolean makeDefault) {}
