/**
 * Kafka the same way in every service. A service writes {@link dev.agora.platform.messaging.OutgoingMessage}s to the
 * {@link dev.agora.platform.messaging.Outbox} in the transaction of its state change; the
 * {@link dev.agora.platform.messaging.OutboxRelay} publishes them, in order per key, with the envelope headers of
 * {@link dev.agora.platform.messaging.EnvelopeHeaders}. A consumer handles each
 * {@link dev.agora.platform.messaging.IncomingMessage} through the {@link dev.agora.platform.messaging.Inbox}, so a
 * redelivered message has no second effect; a message that keeps failing goes to its topic's {@code .DLT}.
 */
@NullMarked
package dev.agora.platform.messaging;

import org.jspecify.annotations.NullMarked;
