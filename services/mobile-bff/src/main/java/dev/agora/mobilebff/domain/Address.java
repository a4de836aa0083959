package dev.agora.mobilebff.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of the customer's addresses, as users answers it. */
public record Address(
        UUID id,
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        boolean isDefault) {}
