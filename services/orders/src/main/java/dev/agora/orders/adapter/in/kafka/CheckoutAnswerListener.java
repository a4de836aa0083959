package dev.agora.orders.adapter.in.kafka;

import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.StockCommitFailed;
import dev.agora.contracts.inventory.v1.StockCommitted;
import dev.agora.contracts.inventory.v1.StockReleased;
import dev.agora.contracts.inventory.v1.StockReservationFailed;
import dev.agora.contracts.inventory.v1.StockReserved;
import dev.agora.contracts.payments.v1.PaymentAuthorized;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.domain.Order;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Hands each answer of inventory and payments, once, to the order it is about. */
@Component
class CheckoutAnswerListener {

    static final String CONSUMER = "orders-checkout";

    private final Inbox inbox;
    private final CheckoutSaga saga;
    private final MessageDispatch dispatch;

    CheckoutAnswerListener(Inbox inbox, CheckoutSaga saga) {
        this.inbox = inbox;
        this.saga = saga;
        this.dispatch = MessageDispatch.of("orders")
                .on(
                        StockReserved.getDefaultInstance(),
                        (answer, message) ->
                                apply(message, answer.getOrderId(), (order, now) -> order.stockReserved(now)))
                .on(
                        StockReservationFailed.getDefaultInstance(),
                        (answer, message) -> apply(
                                message,
                                answer.getOrderId(),
                                (order, now) -> order.stockReservationFailed(
                                        answer.getUnavailableProductIdsList().stream()
                                                .map(message::uuid)
                                                .toList(),
                                        now)))
                .on(
                        StockReleased.getDefaultInstance(),
                        (answer, message) ->
                                apply(message, answer.getOrderId(), (order, now) -> order.stockReleased(now)))
                .on(PaymentAuthorized.getDefaultInstance(), (answer, message) -> {
                    UUID paymentId = message.uuid(answer.getPaymentId());
                    apply(message, answer.getOrderId(), (order, now) -> order.paymentAuthorized(paymentId, now));
                })
                .on(
                        PaymentDeclined.getDefaultInstance(),
                        (answer, message) -> apply(
                                message,
                                answer.getOrderId(),
                                (order, now) -> order.paymentDeclined(answer.getReason(), now)))
                .on(
                        PaymentVoided.getDefaultInstance(),
                        (answer, message) ->
                                apply(message, answer.getOrderId(), (order, now) -> order.paymentVoided(now)))
                .on(
                        StockCommitted.getDefaultInstance(),
                        (answer, message) ->
                                apply(message, answer.getOrderId(), (order, now) -> order.stockCommitted(now)))
                .on(
                        StockCommitFailed.getDefaultInstance(),
                        (answer, message) ->
                                apply(message, answer.getOrderId(), (order, now) -> order.stockCommitFailed(now)))
                // Payments' confirmation of an erasure, on its events topic: for users, not for the checkout.
                .ignoring(CustomerDataErased.getDefaultInstance());
    }

    @KafkaListener(
            topics = {InventoryTopics.EVENTS, PaymentsTopics.EVENTS},
            batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, records, dispatch::handle);
    }

    private void apply(IncomingMessage message, String orderId, BiConsumer<Order, Instant> answer) {
        if (!saga.answer(message.uuid(orderId), answer)) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is about order " + orderId
                    + ", which orders does not know");
        }
    }
}
