package dev.agora.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, the name an account signs in with. Kept in lower case, so that {@code Alice@Agora.test} and
 * {@code alice@agora.test} are one account.
 */
public record EmailAddress(String value) {

    /** Deliberately simple: one @, no spaces, a dot in the domain; the mail server has the last word. */
    public static final String PLAUSIBLE_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private static final Pattern PLAUSIBLE = Pattern.compile(PLAUSIBLE_PATTERN);

    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isPlausible(value)) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
    }

    public static boolean isPlausible(String candidate) {
        return candidate.length() <= MAX_LENGTH
                && PLAUSIBLE.matcher(candidate.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
