package dev.agora.orders.adapter.out.kafka;

import com.google.protobuf.Message;
import dev.agora.contracts.inventory.v1.CommitStock;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.ReleaseStock;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockLine;
import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderLine;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.payments.v1.VoidPayment;
import dev.agora.orders.application.port.CheckoutMessages;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Every message keyed by the order id, so that Kafka keeps one order's messages in the order they were sent. */
@Component
class KafkaCheckoutMessages implements CheckoutMessages {

    static final String INVENTORY_COMMANDS = InventoryTopics.COMMANDS;

    private final Outbox outbox;

    KafkaCheckoutMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void reserveStock(Order order) {
        ReserveStock.Builder command =
                ReserveStock.newBuilder().setOrderId(order.id().toString());
        order.lines()
                .forEach(line -> command.addLines(StockLine.newBuilder()
                        .setProductId(line.productId().toString())
                        .setQuantity(line.quantity())));
        send(INVENTORY_COMMANDS, order.id(), command.build());
    }

    @Override
    public void authorizePayment(Order order) {
        send(
                PaymentsTopics.COMMANDS,
                order.id(),
                AuthorizePayment.newBuilder()
                        .setOrderId(order.id().toString())
                        .setCustomerId(order.customerId())
                        .setAmount(dev.agora.contracts.payments.v1.Money.newBuilder()
                                .setAmount(order.total().amount().toPlainString())
                                .setCurrency(order.total().currency().getCurrencyCode()))
                        .setPaymentToken(order.paymentToken())
                        .build());
    }

    @Override
    public void commitStock(UUID orderId) {
        send(
                INVENTORY_COMMANDS,
                orderId,
                CommitStock.newBuilder().setOrderId(orderId.toString()).build());
    }

    @Override
    public void releaseStock(UUID orderId) {
        send(
                INVENTORY_COMMANDS,
                orderId,
                ReleaseStock.newBuilder().setOrderId(orderId.toString()).build());
    }

    @Override
    public void voidPayment(UUID orderId) {
        send(
                PaymentsTopics.COMMANDS,
                orderId,
                VoidPayment.newBuilder().setOrderId(orderId.toString()).build());
    }

    @Override
    public void orderPlaced(Order order) {
        OrderPlaced.Builder event = OrderPlaced.newBuilder()
                .setOrderId(order.id().toString())
                .setCustomerId(order.customerId())
                .setTotal(money(order.total()));
        order.lines()
                .forEach(line -> event.addLines(OrderLine.newBuilder()
                        .setProductId(line.productId().toString())
                        .setQuantity(line.quantity())
                        .setUnitPrice(money(line.unitPrice()))));
        send(OrdersTopics.EVENTS, order.id(), event.build());
    }

    @Override
    public void orderConfirmed(Order order) {
        send(
                OrdersTopics.EVENTS,
                order.id(),
                OrderConfirmed.newBuilder()
                        .setOrderId(order.id().toString())
                        .setCustomerId(order.customerId())
                        .setTotal(money(order.total()))
                        .build());
    }

    @Override
    public void orderCancelled(Order order) {
        send(
                OrdersTopics.EVENTS,
                order.id(),
                OrderCancelled.newBuilder()
                        .setOrderId(order.id().toString())
                        .setCustomerId(order.customerId())
                        .setReason(order.reason().map(Enum::name).orElse(""))
                        .build());
    }

    private void send(String topic, UUID orderId, Message message) {
        outbox.add(ProtobufPayloads.outgoing(topic, orderId.toString(), message));
    }

    private static dev.agora.contracts.orders.v1.Money money(Money money) {
        return dev.agora.contracts.orders.v1.Money.newBuilder()
                .setAmount(money.amount().toPlainString())
                .setCurrency(money.currency().getCurrencyCode())
                .build();
    }
}
