package dev.agora.users.application;

import dev.agora.users.domain.Erasures;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileNotFound;
import dev.agora.users.domain.Profiles;
import java.time.Clock;
import java.util.UUID;

/** A customer's own profile, and any profile for an admin. */
public class ViewProfile {

    private final Profiles profiles;
    private final Erasures erasures;
    private final Clock clock;

    public ViewProfile(Profiles profiles, Erasures erasures, Clock clock) {
        this.profiles = profiles;
        this.erasures = erasures;
        this.clock = clock;
    }

    /**
     * The caller's own profile. A signed-in customer always has one: if the announcement of their account has not
     * arrived yet, it opens now, and the announcement fills in their e-mail and name. A customer being erased (their
     * token lives a few minutes more) has none, and gets none back.
     */
    public Profile mine(UUID customerId) {
        return profiles.find(customerId).orElseGet(() -> {
            if (erasures.ofCustomer(customerId).isPresent()) {
                throw new ProfileNotFound();
            }
            return profiles.open(Profile.opened(customerId, null, null, clock.instant()));
        });
    }

    public Profile of(UUID customerId) {
        return profiles.find(customerId).orElseThrow(ProfileNotFound::new);
    }
}
