package dev.agora.users.adapter.in.web;

import dev.agora.users.domain.NotificationPreferences;
import dev.agora.users.domain.Profile;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A profile as the API shows it; {@code version} is also its ETag. */
record ProfileResponse(
        UUID id,
        @Nullable String email,
        @Nullable String displayName,
        String locale,
        NotificationPreferences notificationPreferences,
        long version,
        Instant createdAt) {

    static ProfileResponse of(Profile profile) {
        return new ProfileResponse(
                profile.customerId(),
                profile.email(),
                profile.displayName(),
                profile.locale(),
                profile.preferences(),
                profile.version(),
                profile.createdAt());
    }
}
