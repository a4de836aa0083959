package dev.agora.payments.adapter.in.kafka;

import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.payments.v1.VoidPayment;
import dev.agora.payments.domain.Money;
import dev.agora.platform.messaging.Inbox;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.platform.messaging.MessageDispatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads payments.commands.v1 and hands each command, once, to its use case. */
@Component
class PaymentCommandListener {

    static final String CONSUMER = "payments-commands";

    private final Inbox inbox;
    private final MessageDispatch dispatch;

    PaymentCommandListener(
            Inbox inbox,
            dev.agora.payments.application.AuthorizePayment authorizePayment,
            dev.agora.payments.application.VoidPayment voidPayment) {
        this.inbox = inbox;
        this.dispatch = MessageDispatch.of("payments")
                .on(
                        AuthorizePayment.getDefaultInstance(),
                        (command, message) -> authorizePayment.authorize(authorizeCommand(command, message)))
                .on(
                        VoidPayment.getDefaultInstance(),
                        (command, message) -> voidPayment.voidPaymentOf(message.uuid(command.getOrderId())));
    }

    // One transaction per command, not per poll: an authorization waits on the provider, and a shared transaction
    // would hold every payment of the poll, and its answer, behind the slowest one.
    @KafkaListener(topics = PaymentsTopics.COMMANDS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.processEachOnce(CONSUMER, records, dispatch::handle);
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
