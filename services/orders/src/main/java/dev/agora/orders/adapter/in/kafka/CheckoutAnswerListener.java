package dev.agora.orders.adapter.in.kafka;

import dev.agora.contracts.inventory.v1.StockCommitFailed;
import dev.agora.contracts.inventory.v1.StockCommitted;
import dev.agora.contracts.inventory.v1.StockReleased;
import dev.agora.contracts.inventory.v1.StockReservationFailed;
import dev.agora.contracts.inventory.v1.StockReserved;
import dev.agora.contracts.payments.v1.PaymentAuthorized;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.domain.Order;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Hands each answer of inventory and payments, once, to the order it is about. */
@Component
class CheckoutAnswerListener {

    static final String CONSUMER = "orders-checkout";

    private static final String STOCK_RESERVED = ProtobufPayloads.typeOf(StockReserved.getDefaultInstance());
    private static final String STOCK_RESERVATION_FAILED =
            ProtobufPayloads.typeOf(StockReservationFailed.getDefaultInstance());
    private static final String STOCK_RELEASED = ProtobufPayloads.typeOf(StockReleased.getDefaultInstance());
    private static final String STOCK_COMMITTED = ProtobufPayloads.typeOf(StockCommitted.getDefaultInstance());
    private static final String STOCK_COMMIT_FAILED = ProtobufPayloads.typeOf(StockCommitFailed.getDefaultInstance());
    private static final String PAYMENT_AUTHORIZED = ProtobufPayloads.typeOf(PaymentAuthorized.getDefaultInstance());
    private static final String PAYMENT_DECLINED = ProtobufPayloads.typeOf(PaymentDeclined.getDefaultInstance());
    private static final String PAYMENT_VOIDED = ProtobufPayloads.typeOf(PaymentVoided.getDefaultInstance());

    private final Inbox inbox;
    private final CheckoutSaga saga;

    CheckoutAnswerListener(Inbox inbox, CheckoutSaga saga) {
        this.inbox = inbox;
        this.saga = saga;
    }

    @KafkaListener(topics = {"inventory.events.v1", "payments.events.v1"})
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.processOnce(CONSUMER, IncomingMessage.of(record), this::handle);
    }

    private void handle(IncomingMessage message) {
        String type = message.type();
        if (type.equals(STOCK_RESERVED)) {
            StockReserved answer = ProtobufPayloads.parse(message, StockReserved.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.stockReserved(now));
        } else if (type.equals(STOCK_RESERVATION_FAILED)) {
            StockReservationFailed answer = ProtobufPayloads.parse(message, StockReservationFailed.parser());
            apply(
                    message,
                    answer.getOrderId(),
                    (order, now) -> order.stockReservationFailed(
                            answer.getUnavailableProductIdsList().stream()
                                    .map(message::uuid)
                                    .toList(),
                            now));
        } else if (type.equals(STOCK_RELEASED)) {
            StockReleased answer = ProtobufPayloads.parse(message, StockReleased.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.stockReleased(now));
        } else if (type.equals(PAYMENT_AUTHORIZED)) {
            PaymentAuthorized answer = ProtobufPayloads.parse(message, PaymentAuthorized.parser());
            UUID paymentId = message.uuid(answer.getPaymentId());
            apply(message, answer.getOrderId(), (order, now) -> order.paymentAuthorized(paymentId, now));
        } else if (type.equals(PAYMENT_DECLINED)) {
            PaymentDeclined answer = ProtobufPayloads.parse(message, PaymentDeclined.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.paymentDeclined(answer.getReason(), now));
        } else if (type.equals(PAYMENT_VOIDED)) {
            PaymentVoided answer = ProtobufPayloads.parse(message, PaymentVoided.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.paymentVoided(now));
        } else if (type.equals(STOCK_COMMITTED)) {
            StockCommitted answer = ProtobufPayloads.parse(message, StockCommitted.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.stockCommitted(now));
        } else if (type.equals(STOCK_COMMIT_FAILED)) {
            StockCommitFailed answer = ProtobufPayloads.parse(message, StockCommitFailed.parser());
            apply(message, answer.getOrderId(), (order, now) -> order.stockCommitFailed(now));
        } else {
            throw new MalformedMessage("orders does not handle " + type + " (" + message.id() + ")");
        }
    }

    private void apply(IncomingMessage message, String orderId, BiConsumer<Order, Instant> answer) {
        if (!saga.answer(message.uuid(orderId), answer)) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is about order " + orderId
                    + ", which orders does not know");
        }
    }
}
