package dev.agora.users.adapter.in.kafka;

import dev.agora.contracts.notifications.v1.NotificationsTopics;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MessageDispatch;
import dev.agora.users.application.ConfirmErasure;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the events of the erasure's participants other than identity (whose topic {@link AccountEventListener} reads)
 * for their confirmations; the rest of those streams (orders placed, payments authorized) is not users' business.
 */
@Component
class ErasureConfirmationListener {

    static final String CONSUMER = "users-erasures";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    ErasureConfirmationListener(Inbox inbox, ConfirmErasure confirmErasure) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("users")
                .on(
                        CustomerDataErased.getDefaultInstance(),
                        (event, message) -> confirmErasure.confirm(ErasureConfirmations.confirmation(event, message)))
                .ignoringOtherTypes();
    }

    @KafkaListener(
            topics = {OrdersTopics.EVENTS, PaymentsTopics.EVENTS, NotificationsTopics.EVENTS, ReviewsTopics.EVENTS},
            batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
