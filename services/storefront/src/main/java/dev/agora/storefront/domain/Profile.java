package dev.agora.storefront.domain;

import org.jspecify.annotations.Nullable;

/**
 * The customer's profile as users keeps it: the name the shop greets them by, their locale, what they want mailed, and
 * its version (a change is made from it). Name and e-mail are empty for a moment after sign-up.
 */
public record Profile(
        @Nullable String displayName,
        @Nullable String email,
        String locale,
        boolean orderUpdatesByMail,
        boolean offersByMail,
        long version) {}
