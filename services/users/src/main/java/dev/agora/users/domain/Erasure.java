package dev.agora.users.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's erasure, as users follows it: asked at {@code requestedAt}, complete when every participant has said it
 * erased what it holds. It names no customer once started: users keeps only a one-way key to find it for them.
 *
 * @param confirmations when each participant that has answered erased its part, by service name
 */
public record Erasure(
        UUID id, Instant requestedAt, @Nullable Instant completedAt, Map<String, Instant> confirmations) {

    public enum Status {
        IN_PROGRESS,
        /** Still waiting for a participant after the deadline: someone must look (the ErasureOverdue alert). */
        OVERDUE,
        COMPLETED
    }

    public Erasure {
        confirmations = Map.copyOf(confirmations);
    }

    public static Erasure requested(UUID id, Instant at) {
        return new Erasure(id, at, null, Map.of());
    }

    public Status status(Instant now, Duration deadline) {
        if (completedAt != null) {
            return Status.COMPLETED;
        }
        return now.isAfter(requestedAt.plus(deadline)) ? Status.OVERDUE : Status.IN_PROGRESS;
    }

    /** Whether each of these participants has confirmed. */
    public boolean confirmedBy(List<String> participants) {
        return confirmations.keySet().containsAll(participants);
    }

    /** Each participant with when it confirmed, or null while it has not, in the order given. */
    public Map<String, @Nullable Instant> progress(List<String> participants) {
        Map<String, @Nullable Instant> progress = new LinkedHashMap<>();
        participants.forEach(participant -> progress.put(participant, confirmations.get(participant)));
        return progress;
    }
}
