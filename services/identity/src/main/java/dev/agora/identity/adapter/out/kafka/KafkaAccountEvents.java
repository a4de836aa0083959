package dev.agora.identity.adapter.out.kafka;

import dev.agora.contracts.identity.v1.AccountClosed;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.identity.application.port.AccountEvents;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountId;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaAccountEvents implements AccountEvents {

    private final Outbox outbox;

    KafkaAccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void opened(Account account) {
        String id = account.id().toString();
        AccountOpened opened = AccountOpened.newBuilder()
                .setAccountId(id)
                .setEmail(account.email().value())
                .setName(account.name())
                .addAllRoles(account.roles().stream().map(Enum::name).sorted().toList())
                .setOpenedAt(account.createdAt().toString())
                .build();
        outbox.add(ProtobufPayloads.outgoing(IdentityTopics.EVENTS, id, opened));
    }

    @Override
    public void closed(AccountId id, Instant at) {
        String account = id.value().toString();
        AccountClosed closed = AccountClosed.newBuilder()
                .setAccountId(account)
                .setClosedAt(at.toString())
                .build();
        outbox.add(ProtobufPayloads.outgoing(IdentityTopics.EVENTS, account, closed));
    }

    @Override
    public void erased(UUID erasureId, Instant at) {
        outbox.add(ProtobufPayloads.outgoing(
                IdentityTopics.EVENTS, erasureId.toString(), Erasures.confirmation(erasureId, "identity", at)));
    }
}
