package dev.agora.users.application;

import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasureNotFound;
import dev.agora.users.domain.ErasurePage;
import dev.agora.users.domain.ErasurePolicy;
import dev.agora.users.domain.Erasures;
import java.time.Clock;
import java.util.UUID;

/** How far an erasure has come: the customer's own; any by id, or all in a status, for an admin. */
public class ViewErasure {

    private final Erasures erasures;
    private final ErasurePolicy policy;
    private final Clock clock;

    public ViewErasure(Erasures erasures, ErasurePolicy policy, Clock clock) {
        this.erasures = erasures;
        this.policy = policy;
        this.clock = clock;
    }

    public Erasure mine(UUID customerId) {
        return erasures.ofCustomer(customerId).orElseThrow(ErasureNotFound::new);
    }

    /** A page of the erasures in this status, the oldest first: what an operator looks at when one is overdue. */
    public ErasurePage inStatus(Erasure.Status status, int page, int size) {
        return erasures.inStatus(status, clock.instant().minus(policy.deadline()), page, size);
    }

    public Erasure of(UUID erasureId) {
        return erasures.find(erasureId).orElseThrow(ErasureNotFound::new);
    }
}
