package dev.agora.notifications.adapter.in.kafka;

import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.notifications.application.NotifyCustomer;
import dev.agora.notifications.domain.NotificationKind;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.ProtobufPayloads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads orders.events.v1: a confirmed or cancelled order is told to its customer, once. */
@Component
class OrderEventListener {

    static final String CONSUMER = "notifications-orders";

    private static final String PLACED = ProtobufPayloads.typeOf(OrderPlaced.getDefaultInstance());
    private static final String CONFIRMED = ProtobufPayloads.typeOf(OrderConfirmed.getDefaultInstance());
    private static final String CANCELLED = ProtobufPayloads.typeOf(OrderCancelled.getDefaultInstance());

    private final Inbox inbox;
    private final NotifyCustomer notifyCustomer;

    OrderEventListener(Inbox inbox, NotifyCustomer notifyCustomer) {
        this.inbox = inbox;
        this.notifyCustomer = notifyCustomer;
    }

    @KafkaListener(topics = "orders.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.processOnce(CONSUMER, IncomingMessage.of(record), this::handle);
    }

    private void handle(IncomingMessage message) {
        if (message.type().equals(CONFIRMED)) {
            OrderConfirmed event = ProtobufPayloads.parse(message, OrderConfirmed.parser());
            notifyCustomer.notify(command(
                    message,
                    event.getOrderId(),
                    event.getCustomerId(),
                    NotificationKind.ORDER_CONFIRMED,
                    event.getTotal().getAmount() + " " + event.getTotal().getCurrency(),
                    ""));
        } else if (message.type().equals(CANCELLED)) {
            OrderCancelled event = ProtobufPayloads.parse(message, OrderCancelled.parser());
            notifyCustomer.notify(command(
                    message,
                    event.getOrderId(),
                    event.getCustomerId(),
                    NotificationKind.ORDER_CANCELLED,
                    "",
                    event.getReason()));
        } else if (!message.type().equals(PLACED)) {
            // OrderPlaced tells the customer nothing they do not know; anything else is not an order event.
            throw new MalformedMessage("notifications does not handle " + message.type() + " (" + message.id() + ")");
        }
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
