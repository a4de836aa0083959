package dev.agora.reviews.adapter.in.kafka;

import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import dev.agora.reviews.application.EraseAuthor;
import dev.agora.reviews.application.RecordPurchases;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads users.events.v1: the names authors sign with, and the erasures, each once. */
@Component
class UserEventListener {

    static final String CONSUMER = "reviews-users";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    UserEventListener(Inbox inbox, RecordPurchases records, EraseAuthor eraseAuthor) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("reviews")
                .on(DisplayNameChanged.getDefaultInstance(), (changed, message) -> {
                    try {
                        records.named(
                                changed.getCustomerId(),
                                changed.getDisplayName(),
                                Instant.parse(changed.getChangedAt()));
                    } catch (DateTimeParseException e) {
                        throw new MalformedMessage(
                                message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
                    }
                })
                .on(
                        CustomerErasureRequested.getDefaultInstance(),
                        (request, message) -> eraseAuthor.erase(new EraseAuthor.Command(
                                message.uuid(request.getErasureId()),
                                request.getCustomerId(),
                                Erasures.pseudonym(request.getErasureId()))));
    }

    @KafkaListener(topics = UsersTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
