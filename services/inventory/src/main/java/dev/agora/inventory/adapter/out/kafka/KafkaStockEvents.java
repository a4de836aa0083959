package dev.agora.inventory.adapter.out.kafka;

import com.google.protobuf.Message;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.StockCommitFailed;
import dev.agora.contracts.inventory.v1.StockCommitted;
import dev.agora.contracts.inventory.v1.StockReleased;
import dev.agora.contracts.inventory.v1.StockReservationFailed;
import dev.agora.contracts.inventory.v1.StockReserved;
import dev.agora.inventory.application.port.StockEvents;
import dev.agora.platform.messaging.Outbox;
import dev.agora.platform.messaging.ProtobufPayloads;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class KafkaStockEvents implements StockEvents {

    private final Outbox outbox;

    KafkaStockEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void reserved(UUID orderId) {
        publish(
                orderId,
                StockReserved.newBuilder().setOrderId(orderId.toString()).build());
    }

    @Override
    public void reservationFailed(UUID orderId, List<UUID> unavailableProductIds) {
        publish(
                orderId,
                StockReservationFailed.newBuilder()
                        .setOrderId(orderId.toString())
                        .addAllUnavailableProductIds(unavailableProductIds.stream()
                                .map(UUID::toString)
                                .toList())
                        .build());
    }

    @Override
    public void released(UUID orderId, int units) {
        publish(
                orderId,
                StockReleased.newBuilder()
                        .setOrderId(orderId.toString())
                        .setReleasedUnits(units)
                        .build());
    }

    @Override
    public void committed(UUID orderId) {
        publish(
                orderId,
                StockCommitted.newBuilder().setOrderId(orderId.toString()).build());
    }

    @Override
    public void commitFailed(UUID orderId) {
        publish(
                orderId,
                StockCommitFailed.newBuilder().setOrderId(orderId.toString()).build());
    }

    private void publish(UUID orderId, Message event) {
        outbox.add(ProtobufPayloads.outgoing(InventoryTopics.EVENTS, orderId.toString(), event));
    }
}
