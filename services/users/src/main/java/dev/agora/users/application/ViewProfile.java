package dev.agora.users.application;

import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileNotFound;
import dev.agora.users.domain.Profiles;
import java.time.Clock;
import java.util.UUID;

/** A customer's own profile, and any profile for an admin. */
public class ViewProfile {

    private final Profiles profiles;
    private final Clock clock;

    public ViewProfile(Profiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * The caller's own profile. A signed-in customer always has one: if the announcement of their account has not
     * arrived yet, it opens now, and the announcement fills in their e-mail and name.
     */
    public Profile mine(UUID customerId) {
        return profiles.find(customerId)
                .orElseGet(() -> profiles.open(Profile.opened(customerId, null, null, clock.instant())));
    }

    public Profile of(UUID customerId) {
        return profiles.find(customerId).orElseThrow(ProfileNotFound::new);
    }
}
