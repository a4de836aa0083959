package dev.agora.users.adapter.out.kafka;

import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import dev.agora.users.application.port.UserEvents;
import dev.agora.users.domain.Erasure;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaUserEvents implements UserEvents {

    private final Outbox outbox;

    KafkaUserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void erasureRequested(Erasure erasure, UUID customerId) {
        // Keyed by the customer, as their DisplayNameChanged: a participant reads their last name before their erasure.
        outbox.add(ProtobufPayloads.outgoing(
                UsersTopics.EVENTS,
                customerId.toString(),
                Erasures.request(erasure.id(), customerId.toString(), erasure.requestedAt())));
    }

    @Override
    public void displayNameChanged(UUID customerId, String displayName, Instant at) {
        DisplayNameChanged changed = DisplayNameChanged.newBuilder()
                .setCustomerId(customerId.toString())
                .setDisplayName(displayName)
                .setChangedAt(at.toString())
                .build();
        outbox.add(ProtobufPayloads.outgoing(UsersTopics.EVENTS, customerId.toString(), changed));
    }
}
