package dev.agora.inventory.adapter.in.kafka;

import dev.agora.contracts.inventory.v1.CommitStock;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.ReleaseStock;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockLine;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads inventory.commands.v1 and hands each command, once, to its use case. */
@Component
class InventoryCommandListener {

    static final String CONSUMER = "inventory-commands";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    InventoryCommandListener(
            Inbox inbox,
            dev.agora.inventory.application.ReserveStock reserveStock,
            dev.agora.inventory.application.ReleaseStock releaseStock,
            dev.agora.inventory.application.CommitStock commitStock) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("inventory")
                .on(
                        ReserveStock.getDefaultInstance(),
                        (command, message) -> reserveStock.reserve(reserveCommand(command, message)))
                .on(
                        ReleaseStock.getDefaultInstance(),
                        (command, message) -> releaseStock.release(message.uuid(command.getOrderId())))
                .on(
                        CommitStock.getDefaultInstance(),
                        (command, message) -> commitStock.commit(message.uuid(command.getOrderId())));
    }

    @KafkaListener(topics = InventoryTopics.COMMANDS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processAllOnce(CONSUMER, records, dispatch::handle);
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
