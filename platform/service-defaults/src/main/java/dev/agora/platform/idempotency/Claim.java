package dev.agora.platform.idempotency;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import java.util.UUID;

/** What {@link IdempotentRequests#claim} found under a key: go on, answer as before, or refuse. */
public sealed interface Claim {

    /**
     * The key is this request's: do the work, then {@link IdempotentRequests#remember remember} its answer or
     * {@link IdempotentRequests#release release} the key.
     *
     * @param token tells this claim from a later one that took the key over after the time-out
     */
    record Granted(String caller, IdempotencyKey key, UUID token) implements Claim {}

    /** The request with this key was answered: answer the same. */
    record Replay(Answer answer) implements Claim {}

    /** The request cannot go on; {@link #problem()} is what the client is answered. */
    sealed interface Refused extends Claim {

        ProblemException problem();
    }

    /** The first request with this key is still being handled (or crashed less than the time-out ago). */
    record InProgress() implements Refused {

        @Override
        public ProblemException problem() {
            return new ProblemException(
                    PlatformErrorCodes.CONFLICT,
                    "A request with this Idempotency-Key is still being handled: retry in a moment.");
        }
    }

    /** The key was used for another request: the client meant a new one, and needs a new key. */
    record Reused() implements Refused {

        @Override
        public ProblemException problem() {
            return new ProblemException(
                    PlatformErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request: use a new key for a new request.");
        }
    }
}
