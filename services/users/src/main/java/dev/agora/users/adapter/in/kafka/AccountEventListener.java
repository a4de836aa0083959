package dev.agora.users.adapter.in.kafka;

import dev.agora.contracts.identity.v1.AccountClosed;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import dev.agora.users.application.ConfirmErasure;
import dev.agora.users.application.OpenProfile;
import dev.agora.users.domain.FieldRejected;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads identity.events.v1: each account opened opens its profile, once; identity's confirmation of an erasure is
 * recorded. An account closed needs nothing more: users erased the profile when the erasure began.
 */
@Component
class AccountEventListener {

    static final String CONSUMER = "users-accounts";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    AccountEventListener(Inbox inbox, OpenProfile openProfile, ConfirmErasure confirmErasure) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("users")
                .on(AccountOpened.getDefaultInstance(), (event, message) -> {
                    OpenProfile.Command command;
                    try {
                        command = new OpenProfile.Command(
                                message.uuid(event.getAccountId()),
                                event.getEmail(),
                                event.getName(),
                                Instant.parse(event.getOpenedAt()));
                        openProfile.open(command);
                    } catch (FieldRejected | DateTimeParseException e) {
                        throw new MalformedMessage(
                                message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
                    }
                })
                .on(
                        CustomerDataErased.getDefaultInstance(),
                        (event, message) -> confirmErasure.confirm(ErasureConfirmations.confirmation(event, message)))
                .ignoring(AccountClosed.getDefaultInstance());
    }

    @KafkaListener(topics = IdentityTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
