package dev.agora.notifications.adapter.in.kafka;

import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.notifications.application.EraseNotifications;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MessageDispatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads users.events.v1 (skipping the display names): a customer's erasure removes their notifications and mail, once.
 */
@Component
class ErasureRequestListener {

    static final String CONSUMER = "notifications-erasures";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    ErasureRequestListener(Inbox inbox, EraseNotifications eraseNotifications) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("notifications")
                .on(
                        CustomerErasureRequested.getDefaultInstance(),
                        (request, message) -> eraseNotifications.erase(new EraseNotifications.Command(
                                message.uuid(request.getErasureId()), request.getCustomerId())))
                // The names reviews signs with: not this service's business.
                .ignoring(DisplayNameChanged.getDefaultInstance());
    }

    @KafkaListener(topics = UsersTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
