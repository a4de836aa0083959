package dev.agora.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/** A message as a consumer receives it: the envelope read from the headers, the payload still serialized. */
public record IncomingMessage(
        String topic, String key, String id, String type, String source, Instant time, byte[] payload) {

    /** Reads the envelope of a record; one without it is {@link MalformedMessage}, which is not retried. */
    public static IncomingMessage of(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (record.key() == null || record.value() == null) {
            throw new MalformedMessage("The record " + where + " has no key or no value");
        }
        String id = required(record, EnvelopeHeaders.ID, where);
        String type = required(record, EnvelopeHeaders.TYPE, where);
        String source = required(record, EnvelopeHeaders.SOURCE, where);
        String time = required(record, EnvelopeHeaders.TIME, where);
        try {
            return new IncomingMessage(
                    record.topic(), record.key(), id, type, source, Instant.parse(time), record.value());
        } catch (DateTimeParseException e) {
            throw new MalformedMessage("The record " + where + " has a " + EnvelopeHeaders.TIME + " that is no "
                    + "ISO-8601 instant: " + time);
        }
    }

    /** An id field of this message's payload; one that is no UUID makes the message {@link MalformedMessage}. */
    public UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessage("'" + value + "' in " + type + " " + id + " is no UUID", e);
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name, String where) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedMessage("The record " + where + " has no " + name + " header");
        }
        return value;
    }

    static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
