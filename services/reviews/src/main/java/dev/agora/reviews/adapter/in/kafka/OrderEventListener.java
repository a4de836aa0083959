package dev.agora.reviews.adapter.in.kafka;

import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderLine;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import dev.agora.reviews.application.RecordPurchases;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads orders.events.v1: an order's products become its customer's purchases once it is confirmed. */
@Component
class OrderEventListener {

    static final String CONSUMER = "reviews-orders";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    OrderEventListener(Inbox inbox, RecordPurchases purchases) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("reviews")
                .on(OrderPlaced.getDefaultInstance(), (placed, message) -> {
                    if (placed.getCustomerId().isBlank()) {
                        throw new MalformedMessage(message.type() + " " + message.id() + " names no customer");
                    }
                    purchases.placed(
                            message.uuid(placed.getOrderId()),
                            placed.getCustomerId(),
                            placed.getLinesList().stream()
                                    .map(OrderLine::getProductId)
                                    .map(message::uuid)
                                    .toList());
                })
                .on(
                        OrderConfirmed.getDefaultInstance(),
                        (confirmed, message) -> purchases.confirmed(message.uuid(confirmed.getOrderId())))
                .on(
                        OrderCancelled.getDefaultInstance(),
                        (cancelled, message) -> purchases.cancelled(message.uuid(cancelled.getOrderId())))
                // Orders' confirmation of an erasure: for users.
                .ignoring(CustomerDataErased.getDefaultInstance());
    }

    @KafkaListener(topics = OrdersTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }
}
