package dev.agora.users.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's profile. The account (e-mail, password, roles) is identity's; the e-mail here is a copy, for search.
 * E-mail and display name are null only while a profile opened at its customer's first request waits for the account's
 * announcement.
 */
public record Profile(
        UUID customerId,
        @Nullable String email,
        @Nullable String displayName,
        String locale,
        NotificationPreferences preferences,
        long version,
        Instant createdAt) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    public static final int MAX_LOCALE_LENGTH = 35;
    public static final String DEFAULT_LOCALE = "en";

    public Profile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(createdAt, "createdAt");
        if (displayName != null) {
            displayName = checkedDisplayName(displayName);
        }
        locale = checkedLocale(locale);
    }

    /** A profile as it opens: the defaults, and what the account says of its customer, if it is known yet. */
    public static Profile opened(
            UUID customerId, @Nullable String email, @Nullable String displayName, Instant openedAt) {
        return new Profile(
                customerId, email, displayName, DEFAULT_LOCALE, NotificationPreferences.DEFAULT, 1, openedAt);
    }

    public Profile changed(ProfileChange change) {
        return new Profile(
                customerId,
                email,
                change.displayName() != null ? change.displayName() : displayName,
                change.locale() != null ? change.locale() : locale,
                new NotificationPreferences(
                        change.orderUpdatesByMail() != null
                                ? change.orderUpdatesByMail()
                                : preferences.orderUpdatesByMail(),
                        change.offersByMail() != null ? change.offersByMail() : preferences.offersByMail()),
                version,
                createdAt);
    }

    /** 1 to 100 characters once stripped, none of them a control character. */
    public static String checkedDisplayName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_DISPLAY_NAME_LENGTH) {
            throw new FieldRejected(
                    "displayName", "must have 1 to " + MAX_DISPLAY_NAME_LENGTH + " characters, not all blank");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new FieldRejected("displayName", "must not contain control characters");
        }
        return stripped;
    }

    /** A BCP 47 language tag with a language ({@code fr}, {@code fr-FR}), in its canonical form. */
    public static String checkedLocale(String tag) {
        if (tag.isBlank() || tag.length() > MAX_LOCALE_LENGTH) {
            throw new FieldRejected("locale", "must be a BCP 47 language tag, like \"fr-FR\"");
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            throw new FieldRejected("locale", "must be a BCP 47 language tag, like \"fr-FR\"");
        }
        return locale.toLanguageTag();
    }
}
