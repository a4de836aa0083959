package dev.agora.users.domain;

import org.jspecify.annotations.Nullable;

/** What a customer changes in their profile: a null field is left as it is. */
public record ProfileChange(
        @Nullable String displayName,
        @Nullable String locale,
        @Nullable Boolean orderUpdatesByMail,
        @Nullable Boolean offersByMail) {}
