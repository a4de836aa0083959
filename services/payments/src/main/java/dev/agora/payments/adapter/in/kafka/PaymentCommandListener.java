package dev.agora.payments.adapter.in.kafka;

import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.VoidPayment;
import dev.agora.payments.domain.Money;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.ProtobufPayloads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads payments.commands.v1 and hands each command, once, to its use case. */
@Component
class PaymentCommandListener {

    static final String TOPIC = "payments.commands.v1";
    static final String CONSUMER = "payments-commands";

    private static final String AUTHORIZE = ProtobufPayloads.typeOf(AuthorizePayment.getDefaultInstance());
    private static final String VOID = ProtobufPayloads.typeOf(VoidPayment.getDefaultInstance());

    private final Inbox inbox;
    private final dev.agora.payments.application.AuthorizePayment authorizePayment;
    private final dev.agora.payments.application.VoidPayment voidPayment;

    PaymentCommandListener(
            Inbox inbox,
            dev.agora.payments.application.AuthorizePayment authorizePayment,
            dev.agora.payments.application.VoidPayment voidPayment) {
        this.inbox = inbox;
        this.authorizePayment = authorizePayment;
        this.voidPayment = voidPayment;
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.processOnce(CONSUMER, IncomingMessage.of(record), this::handle);
    }

    private void handle(IncomingMessage message) {
        if (message.type().equals(AUTHORIZE)) {
            authorizePayment.authorize(
                    authorizeCommand(ProtobufPayloads.parse(message, AuthorizePayment.parser()), message));
        } else if (message.type().equals(VOID)) {
            VoidPayment command = ProtobufPayloads.parse(message, VoidPayment.parser());
            voidPayment.voidPaymentOf(message.uuid(command.getOrderId()));
        } else {
            throw new MalformedMessage("payments does not handle " + message.type() + " (" + message.id() + ")");
        }
    }

    /** The use case's command; one it refuses (no token, no amount) can never succeed, so is malformed. */
    private static dev.agora.payments.application.AuthorizePayment.Command authorizeCommand(
            AuthorizePayment command, IncomingMessage message) {
        try {
            return new dev.agora.payments.application.AuthorizePayment.Command(
                    message.uuid(command.getOrderId()),
                    command.getCustomerId(),
                    Money.of(
                            command.getAmount().getAmount(), command.getAmount().getCurrency()),
                    command.getPaymentToken());
        } catch (IllegalArgumentException e) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
        }
    }
}
