package dev.agora.users.adapter.in.web;

import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far an erasure has come: each participant, with when it confirmed ({@code erasedAt} null while it has not).
 *
 * @param status IN_PROGRESS, OVERDUE (a participant is late: the operators are alerted) or COMPLETED
 */
record ErasureResponse(
        UUID id,
        Erasure.Status status,
        Instant requestedAt,
        @Nullable Instant completedAt,
        List<Participant> participants) {

    record Participant(String service, @Nullable Instant erasedAt) {}

    static ErasureResponse of(Erasure erasure, ErasurePolicy policy, Instant now) {
        return new ErasureResponse(
                erasure.id(),
                erasure.status(now, policy.deadline()),
                erasure.requestedAt(),
                erasure.completedAt(),
                erasure.progress(policy.participants()).entrySet().stream()
                        .map(participant -> new Participant(participant.getKey(), participant.getValue()))
                        .toList());
    }
}
