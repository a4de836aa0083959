package dev.agora.mobilebff.domain;

import org.jspecify.annotations.Nullable;

/** The customer's profile, as users answers it (its notification preferences flattened for the screen). */
public record Profile(@Nullable String displayName, String locale, boolean orderUpdatesByMail, boolean offersByMail) {}
