package dev.agora.users.application;

import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import dev.agora.users.domain.AddressLimitReached;
import dev.agora.users.domain.AddressNotFound;
import dev.agora.users.domain.Addresses;
import dev.agora.users.domain.Profiles;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer's own shipping addresses: at most {@link Address#MAX_PER_CUSTOMER}, and one default as soon as they have
 * one (the first, until another is made the default; the oldest left when the default is removed). Each change holds
 * the customer's profile, so two at once cannot pass the limit or leave two defaults.
 */
public class ManageAddresses {

    private final ViewProfile profile;
    private final Profiles profiles;
    private final Addresses addresses;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ManageAddresses(
            ViewProfile profile,
            Profiles profiles,
            Addresses addresses,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.profile = profile;
        this.profiles = profiles;
        this.addresses = addresses;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public List<Address> list(UUID customerId) {
        return addresses.of(customerId);
    }

    public Address find(UUID customerId, UUID id) {
        return addresses.find(customerId, id).orElseThrow(AddressNotFound::new);
    }

    public Address add(UUID customerId, AddressDetails details, boolean makeDefault) {
        return transactions.execute(status -> {
            holdProfileOf(customerId);
            List<Address> existing = addresses.of(customerId);
            if (existing.size() >= Address.MAX_PER_CUSTOMER) {
                throw new AddressLimitReached();
            }
            boolean isDefault = makeDefault || existing.isEmpty();
            Address added = new Address(ids.get(), customerId, details, isDefault, 1, clock.instant());
            addresses.add(added);
            if (isDefault) {
                addresses.makeDefault(customerId, added.id()); // the others are not, any more
            }
            return added;
        });
    }

    public Address replace(
            UUID customerId, UUID id, long expectedVersion, AddressDetails details, boolean makeDefault) {
        return transactions.execute(status -> {
            holdProfileOf(customerId);
            Address current = find(customerId, id);
            Address replaced = addresses.replace(
                    new Address(id, customerId, details, current.isDefault(), current.version(), current.createdAt()),
                    expectedVersion);
            if (makeDefault && !current.isDefault()) {
                addresses.makeDefault(customerId, id);
                return find(customerId, id); // one version on again: its flag changed
            }
            return replaced;
        });
    }

    public void remove(UUID customerId, UUID id, long expectedVersion) {
        transactions.executeWithoutResult(status -> {
            holdProfileOf(customerId);
            Address removed = find(customerId, id);
            addresses.remove(removed, expectedVersion);
            if (removed.isDefault()) {
                addresses.of(customerId).stream()
                        .findFirst()
                        .ifPresent(oldest -> addresses.makeDefault(customerId, oldest.id()));
            }
        });
    }

    private void holdProfileOf(UUID customerId) {
        profile.mine(customerId);
        profiles.lock(customerId);
    }
}
