package dev.agora.storefront.application.port;

import java.util.Map;

/**
 * Identity would not open the account: what was wrong with each field ({@code email}, {@code password},
 * {@code name}), in words for the form, or under {@link #FORM} for the form as a whole (too many attempts).
 */
public final class AccountRefused extends RuntimeException {

    /** The key of a problem with no one field to blame. */
    public static final String FORM = "form";

    private final Map<String, String> problems;

    public AccountRefused(Map<String, String> problems) {
        super("The account was not opened: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
