package dev.agora.notifications.adapter.in.kafka;

import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.notifications.application.NotifyCustomer;
import dev.agora.notifications.domain.NotificationKind;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads orders.events.v1: a confirmed or cancelled order is told to its customer, once. */
@Component
class OrderEventListener {

    static final String CONSUMER = "notifications-orders";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    OrderEventListener(Inbox inbox, NotifyCustomer notifyCustomer) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("notifications")
                .on(
                        OrderConfirmed.getDefaultInstance(),
                        (event, message) -> notifyCustomer.notify(command(
                                message,
                                event.getOrderId(),
                                event.getCustomerId(),
                                NotificationKind.ORDER_CONFIRMED,
                                event.getTotal().getAmount() + " "
                                        + event.getTotal().getCurrency(),
                                "")))
                .on(
                        OrderCancelled.getDefaultInstance(),
                        (event, message) -> notifyCustomer.notify(command(
                                message,
                                event.getOrderId(),
                                event.getCustomerId(),
                                NotificationKind.ORDER_CANCELLED,
                                "",
                                event.getReason())))
                // OrderPlaced tells the customer nothing they do not know.
                .ignoring(OrderPlaced.getDefaultInstance())
                // Orders' confirmation of an erasure, on its events topic: for users.
                .ignoring(CustomerDataErased.getDefaultInstance());
    }

    @KafkaListener(topics = OrdersTopics.EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, dispatch.actedOn(records), dispatch::handle);
    }

    private static NotifyCustomer.Command command(
            IncomingMessage message,
            String orderId,
            String customerId,
            NotificationKind kind,
            String amount,
            String reason) {
        try {
            return new NotifyCustomer.Command(message.uuid(orderId), customerId, kind, amount, reason);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
        }
    }
}
