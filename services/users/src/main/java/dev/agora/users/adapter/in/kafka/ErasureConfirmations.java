package dev.agora.users.adapter.in.kafka;

import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.platform.messaging.IncomingMessage;
import dev.agora.platform.messaging.MalformedMessage;
import dev.agora.users.application.ConfirmErasure;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A participant's CustomerDataErased, read from whichever topic it came on, as a confirmation. */
final class ErasureConfirmations {

    private ErasureConfirmations() {}

    static ConfirmErasure.Command confirmation(CustomerDataErased event, IncomingMessage message) {
        try {
            return new ConfirmErasure.Command(
                    message.uuid(event.getErasureId()), event.getService(), Instant.parse(event.getErasedAt()));
        } catch (DateTimeParseException e) {
            throw new MalformedMessage(message.type() + " " + message.id() + " is invalid: " + e.getMessage(), e);
        }
    }
}
