package dev.agora.catalog.application;

import java.util.Optional;

/**
 * What was answered to each request that carried an {@code Idempotency-Key}, per caller. A key is claimed before the
 * work is done, so that two concurrent retries cannot both do it.
 */
public interface IdempotencyKeys {

    /** The answer given (or still being prepared: no status yet) under a key. */
    record Remembered(String requestHash, Optional<Answer> answer) {}

    /** A stored answer: status, {@code Location} and body, replayed as they were. */
    record Answer(int status, String location, String body) {}

    /** Claims the key for a request; empty when claimed, else what was remembered under it. */
    Optional<Remembered> claim(String caller, String key, String requestHash);

    void remember(String caller, String key, Answer answer);

    /** Gives the key up when the request failed, so that a corrected request may use it. */
    void release(String caller, String key);
}
