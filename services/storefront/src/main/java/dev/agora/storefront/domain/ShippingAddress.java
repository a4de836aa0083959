package dev.agora.storefront.domain;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** One of the customer's addresses at users, with its version (removing it names it). */
public record ShippingAddress(
        UUID id,
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        boolean isDefault,
        long version) {

    /** The address on one line, as a choice at checkout shows it. */
    public String oneLine() {
        return oneLine(recipient, line1, line2, postalCode, city, country);
    }

    /** Any address on one line: an order's copy of one too. */
    public static String oneLine(
            String recipient, String line1, @Nullable String line2, String postalCode, String city, String country) {
        return Stream.of(recipient, line1, line2, postalCode + " " + city, country)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
