package dev.agora.payments.adapter.in.kafka;

import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.payments.application.PseudonymiseCustomer;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MessageDispatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads users.events.v1 (skipping the display names): a customer's erasure pseudonymises their payments, once. */
@Component
class ErasureRequestListener {

    static final String CONSUMER = "payments-erasures";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    ErasureRequestListener(Inbox inbox, PseudonymiseCustomer pseudonymiseCustomer) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("payments")
                .on(
                        CustomerErasureRequested.getDefaultInstance(),
                        (request, message) -> pseudonymiseCustomer.pseudonymise(new PseudonymiseCustomer.Command(
                                message.uuid(request.getErasureId()),
                                request.getCustomerId(),
                                Erasures.pseudonym(request.getErasureId()))))
                // The names reviews signs with: not this service's business.
                .ignoring(DisplayNameChanged.getDefaultInstance());
    }

    @KafkaListener(topics = UsersTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
