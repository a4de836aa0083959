package dev.agora.users.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Where to ship: who receives it, and where, in a country named by its ISO 3166-1 alpha-2 code. */
public record AddressDetails(
        @Nullable String label,
        String recipient,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country) {

    public static final int MAX_LABEL_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_LINE_LENGTH = 200;
    public static final int MAX_POSTAL_CODE_LENGTH = 12;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,11}");

    public AddressDetails {
        label = optional("label", label, MAX_LABEL_LENGTH);
        recipient = required("recipient", recipient, MAX_NAME_LENGTH);
        line1 = required("line1", line1, MAX_LINE_LENGTH);
        line2 = optional("line2", line2, MAX_LINE_LENGTH);
        city = required("city", city, MAX_NAME_LENGTH);
        postalCode = postalCode.strip();
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new FieldRejected(
                    "postalCode", "must be 1 to " + MAX_POSTAL_CODE_LENGTH + " letters, digits, spaces or hyphens");
        }
        if (!COUNTRIES.contains(country)) {
            throw new FieldRejected("country", "must be an ISO 3166-1 alpha-2 country code, like \"FR\"");
        }
    }

    private static String required(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped == null) {
            throw new FieldRejected(field, "must not be blank");
        }
        return stripped;
    }

    private static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new FieldRejected(field, "must have at most " + maxLength + " characters");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new FieldRejected(field, "must not contain control characters");
        }
        return stripped;
    }
}
