package dev.agora.platform.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;

/** Protobuf payloads in the envelope: the type header is the message's full protobuf name. */
public final class ProtobufPayloads {

    private ProtobufPayloads() {}

    /** A message for the outbox, keyed by its aggregate's id, typed by its protobuf name. */
    public static OutgoingMessage outgoing(String topic, String key, Message payload) {
        return new OutgoingMessage(topic, key, typeOf(payload), payload.toByteArray());
    }

    /** {@code agora.orders.v1.OrderPlaced}, say: what consumers dispatch on. */
    public static String typeOf(Message payload) {
        return payload.getDescriptorForType().getFullName();
    }

    /** The payload parsed; one that does not parse is a {@link MalformedMessage}, not retried. */
    public static <T extends Message> T parse(IncomingMessage message, Parser<T> parser) {
        try {
            return parser.parseFrom(message.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedMessage(
                    "The payload of " + message.type() + " " + message.id() + " is not valid protobuf", e);
        }
    }
}
