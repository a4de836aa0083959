package dev.agora.users.application.port;

import dev.agora.users.domain.Erasure;
import java.util.UUID;

/** Tells every participant that a customer's data must go (CustomerErasureRequested), with the erasure's record. */
public interface ErasureRequests {

    void requested(Erasure erasure, UUID customerId);
}
