package dev.agora.users.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The erasures asked for, and the participants' confirmations of each. */
public interface Erasures {

    /**
     * Records the erasure of this customer, who is known from now on only by a one-way key; false if they already have
     * one (nothing is recorded).
     */
    boolean start(Erasure erasure, UUID customerId);

    Optional<Erasure> find(UUID erasureId);

    /** The erasure of this customer, if they asked for one. */
    Optional<Erasure> ofCustomer(UUID customerId);

    /**
     * Records a participant's confirmation, holding the erasure until the transaction ends (confirmations arriving
     * together go one at a time, so the last one sees all the others); false if it was recorded before (a repeat) or the
     * erasure is unknown.
     */
    boolean confirm(UUID erasureId, String service, Instant erasedAt);

    void complete(UUID erasureId, Instant at);

    /**
     * The erasures in this status, the oldest first: those still waiting that were asked for before {@code overdueBefore}
     * are OVERDUE, the others IN_PROGRESS.
     */
    ErasurePage inStatus(Erasure.Status status, Instant overdueBefore, int page, int size);

    /** How many erasures asked for before {@code before} are still not complete. */
    long countIncompleteSince(Instant before);
}
