package dev.agora.storefront.application.port;

import java.util.Map;

/**
 * A service refused what a form sent: what was wrong with each field ({@code email}, {@code sku}, {@code price}...), in
 * words for the form, or under {@link #FORM} for the form as a whole (too many attempts).
 */
public final class FieldsRefused extends RuntimeException {

    /** The key of a problem with no one field to blame. */
    public static final String FORM = "form";

    private final Map<String, String> problems;

    public FieldsRefused(Map<String, String> problems) {
        super("Refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
