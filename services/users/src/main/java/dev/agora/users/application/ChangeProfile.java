package dev.agora.users.application;

import dev.agora.users.application.port.UserEvents;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileChange;
import dev.agora.users.domain.Profiles;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer changes their own profile, from the version they read (optimistic locking); a new display name is told
 * to the other services in the same transaction.
 */
public class ChangeProfile {

    private final ViewProfile view;
    private final Profiles profiles;
    private final UserEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ChangeProfile(
            ViewProfile view, Profiles profiles, UserEvents events, TransactionOperations transactions, Clock clock) {
        this.view = view;
        this.profiles = profiles;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Profile change(UUID customerId, long expectedVersion, ProfileChange change) {
        return transactions.execute(status -> {
            Profile current = view.mine(customerId);
            Profile changed = current.changed(change);
            if (changed.equals(current) && current.version() == expectedVersion) {
                return current; // nothing to change: the same version, as a repeated PATCH expects
            }
            Profile saved = profiles.save(changed, expectedVersion);
            if (saved.displayName() != null && !saved.displayName().equals(current.displayName())) {
                events.displayNameChanged(customerId, saved.displayName(), clock.instant());
            }
            return saved;
        });
    }
}
