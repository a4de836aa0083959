package dev.agora.users.application;

import dev.agora.users.domain.ProfilePage;
import dev.agora.users.domain.Profiles;
import org.jspecify.annotations.Nullable;

/** Admins find customers by a part of their e-mail or display name, any case. */
public class SearchProfiles {

    private final Profiles profiles;

    public SearchProfiles(Profiles profiles) {
        this.profiles = profiles;
    }

    public ProfilePage search(@Nullable String query, int page, int size) {
        return profiles.search(query == null || query.isBlank() ? null : query.strip(), page, size);
    }
}
