package dev.agora.users.adapter.out.kafka;

import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import dev.agora.users.application.port.ErasureRequests;
import dev.agora.users.domain.Erasure;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaErasureRequests implements ErasureRequests {

    private final Outbox outbox;

    KafkaErasureRequests(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void requested(Erasure erasure, UUID customerId) {
        outbox.add(ProtobufPayloads.outgoing(
                UsersTopics.EVENTS,
                erasure.id().toString(),
                Erasures.request(erasure.id(), customerId.toString(), erasure.requestedAt())));
    }
}
