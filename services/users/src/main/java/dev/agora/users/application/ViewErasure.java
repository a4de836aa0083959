package dev.agora.users.application;

import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasureNotFound;
import dev.agora.users.domain.Erasures;
import java.util.UUID;

/** How far an erasure has come: the customer's own, or any by id for an admin. */
public class ViewErasure {

    private final Erasures erasures;

    public ViewErasure(Erasures erasures) {
        this.erasures = erasures;
    }

    public Erasure mine(UUID customerId) {
        return erasures.ofCustomer(customerId).orElseThrow(ErasureNotFound::new);
    }

    public Erasure of(UUID erasureId) {
        return erasures.find(erasureId).orElseThrow(ErasureNotFound::new);
    }
}
