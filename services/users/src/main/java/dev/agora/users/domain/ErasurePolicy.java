package dev.agora.users.domain;

import java.time.Duration;
import java.util.List;

/**
 * How erasures go: who takes part (users first, which erases its own part at once), how long they may take before the
 * erasure is overdue, and how recent the customer's sign-in must be to ask for one.
 */
public record ErasurePolicy(List<String> participants, Duration deadline, Duration recentSignIn) {

    /** The participant users itself is. */
    public static final String USERS = "users";

    public ErasurePolicy {
        participants = List.copyOf(participants);
        if (!participants.contains(USERS)) {
            throw new IllegalArgumentException("users takes part in every erasure: " + participants);
        }
        if (deadline.isNegative() || deadline.isZero() || recentSignIn.isNegative() || recentSignIn.isZero()) {
            throw new IllegalArgumentException("The deadline and the recent sign-in window must be positive");
        }
    }
}
