package dev.agora.notifications.adapter.out.kafka;

import dev.agora.contracts.notifications.v1.NotificationsTopics;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.notifications.application.port.ErasureConfirmations;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaErasureConfirmations implements ErasureConfirmations {

    private final Outbox outbox;

    KafkaErasureConfirmations(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void erased(UUID erasureId, Instant at) {
        outbox.add(ProtobufPayloads.outgoing(
                NotificationsTopics.EVENTS,
                erasureId.toString(),
                Erasures.confirmation(erasureId, "notifications", at)));
    }
}
