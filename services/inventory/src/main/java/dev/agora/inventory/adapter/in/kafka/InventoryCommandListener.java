package dev.agora.inventory.adapter.in.kafka;

import dev.agora.contracts.inventory.v1.CommitStock;
import dev.agora.contracts.inventory.v1.ReleaseStock;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockLine;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.ProtobufPayloads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads inventory.commands.v1 and hands each command, once, to its use case. */
@Component
class InventoryCommandListener {

    static final String TOPIC = "inventory.commands.v1";
    static final String CONSUMER = "inventory-commands";

    private static final String RESERVE = ProtobufPayloads.typeOf(ReserveStock.getDefaultInstance());
    private static final String RELEASE = ProtobufPayloads.typeOf(ReleaseStock.getDefaultInstance());
    private static final String COMMIT = ProtobufPayloads.typeOf(CommitStock.getDefaultInstance());

    private final Inbox inbox;
    private final dev.agora.inventory.application.ReserveStock reserveStock;
    private final dev.agora.inventory.application.ReleaseStock releaseStock;
    private final dev.agora.inventory.application.CommitStock commitStock;

    InventoryCommandListener(
            Inbox inbox,
            dev.agora.inventory.application.ReserveStock reserveStock,
            dev.agora.inventory.application.ReleaseStock releaseStock,
            dev.agora.inventory.application.CommitStock commitStock) {
        this.inbox = inbox;
        this.reserveStock = reserveStock;
        this.releaseStock = releaseStock;
        this.commitStock = commitStock;
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.processOnce(CONSUMER, IncomingMessage.of(record), this::handle);
    }

    private void handle(IncomingMessage message) {
        if (message.type().equals(RESERVE)) {
            reserveStock.reserve(reserveCommand(ProtobufPayloads.parse(message, ReserveStock.parser()), message));
        } else if (message.type().equals(RELEASE)) {
            ReleaseStock command = ProtobufPayloads.parse(message, ReleaseStock.parser());
            releaseStock.release(message.uuid(command.getOrderId()));
        } else if (message.type().equals(COMMIT)) {
            CommitStock command = ProtobufPayloads.parse(message, CommitStock.parser());
            commitStock.commit(message.uuid(command.getOrderId()));
        } else {
            throw new MalformedMessage("inventory does not handle " + message.type() + " (" + message.id() + ")");
        }
    }

    /** The use case's command; one it refuses (no lines, a quantity below 1) can never succeed, so is malformed. */
    private static dev.agora.inventory.application.ReserveStock.Command reserveCommand(
            ReserveStock command, IncomingMessage message) {
        try {
            return new dev.agora.inventory.application.ReserveStock.Command(
                    message.uuid(command.getOrderId()),
                    command.getLinesList().stream()
                            .map(line -> stockLine(line, message))
                            .toList());
        } catch (IllegalArgumentException e) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
        }
    }

    private static dev.agora.inventory.domain.StockLine stockLine(StockLine line, IncomingMessage message) {
        return new dev.agora.inventory.domain.StockLine(message.uuid(line.getProductId()), line.getQuantity());
    }
}
