package dev.agora.users.application;

import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileChange;
import dev.agora.users.domain.Profiles;
import java.util.UUID;
import org.springframework.transaction.support.TransactionOperations;

/** A customer changes their own profile, from the version they read (optimistic locking). */
public class ChangeProfile {

    private final ViewProfile view;
    private final Profiles profiles;
    private final TransactionOperations transactions;

    public ChangeProfile(ViewProfile view, Profiles profiles, TransactionOperations transactions) {
        this.view = view;
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public Profile change(UUID customerId, long expectedVersion, ProfileChange change) {
        return transactions.execute(status -> {
            Profile current = view.mine(customerId);
            Profile changed = current.changed(change);
            if (changed.equals(current) && current.version() == expectedVersion) {
                return current; // nothing to change: the same version, as a repeated PATCH expects
            }
            return profiles.save(changed, expectedVersion);
        });
    }
}
