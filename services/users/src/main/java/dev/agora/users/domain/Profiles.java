package dev.agora.users.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every customer's profile. */
public interface Profiles {

    Optional<Profile> find(UUID customerId);

    /**
     * Opens the profile if it has none yet; an open one gets the e-mail and display name it lacks (it was opened at
     * its customer's first request, before the account's announcement). Returns the profile as it is then.
     */
    Profile open(Profile opened);

    /** Stores a change made from {@code expectedVersion}, one version on; {@link StaleVersion} if it moved. */
    Profile save(Profile changed, long expectedVersion);

    /** Holds the customer's profile until the transaction ends: their address changes go one at a time. */
    void lock(UUID customerId);

    /** Removes the customer's profile and their addresses, if they have any. */
    void erase(UUID customerId);

    ProfilePage search(@Nullable String query, int page, int size);
}
