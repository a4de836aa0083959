package dev.agora.users.application.port;

import dev.agora.users.domain.Erasure;
import java.time.Instant;
import java.util.UUID;

/** What users tells the other services (users.events.v1), in the transaction of the change it announces. */
public interface UserEvents {

    /** A customer's data must go everywhere (CustomerErasureRequested), with the erasure's record. */
    void erasureRequested(Erasure erasure, UUID customerId);

    /** The name a customer shows others changed, or was first set (DisplayNameChanged). */
    void displayNameChanged(UUID customerId, String displayName, Instant at);
}
