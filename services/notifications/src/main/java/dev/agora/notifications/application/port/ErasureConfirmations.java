package dev.agora.notifications.application.port;

import java.time.Instant;
import java.util.UUID;

/** Notifications' part of an erasure is done: said in the caller's transaction (an outbox), naming the erasure only. */
public interface ErasureConfirmations {

    void erased(UUID erasureId, Instant at);
}
