package dev.agora.platform.messaging;

import java.util.Objects;

/**
 * A message a service wants published.
 *
 * @param topic {@code <owner>.<stream>.v<N>}
 * @param key the aggregate's id: Kafka keeps the messages of one key in order
 * @param type the payload's protobuf type name, which the consumer dispatches on
 * @param payload the serialized protobuf message
 */
public record OutgoingMessage(String topic, String key, String type, byte[] payload) {

    public OutgoingMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (topic.isBlank() || key.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("A message needs a topic, a key and a type");
        }
    }
}
