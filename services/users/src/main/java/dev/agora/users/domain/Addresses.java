package dev.agora.users.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every customer's addresses. */
public interface Addresses {

    /** Their addresses, the default first, then the oldest first. */
    List<Address> of(UUID customerId);

    Optional<Address> find(UUID customerId, UUID id);

    void add(Address address);

    /** Stores a change made from {@code expectedVersion}, one version on; {@link StaleVersion} if it moved. */
    Address replace(Address changed, long expectedVersion);

    /** Removes it if it is still at {@code expectedVersion}; {@link StaleVersion} if it moved. */
    void remove(Address address, long expectedVersion);

    /** Makes this address the customer's only default one. */
    void makeDefault(UUID customerId, UUID id);
}
