package dev.agora.platform.messaging;

/**
 * The headers every Agora message carries, after CloudEvents' Kafka binding (binary mode: the payload is the record
 * value, the attributes are headers) and W3C Trace Context. Values are UTF-8 strings.
 */
public final class EnvelopeHeaders {

    /** Unique per message, kept on redelivery and on redrive from a DLT: what an inbox deduplicates on. */
    public static final String ID = "ce_id";

    /** The message's type, the name of its protobuf message (e.g. {@code agora.orders.v1.OrderPlaced}). */
    public static final String TYPE = "ce_type";

    /** The service that produced it (e.g. {@code agora/orders}). */
    public static final String SOURCE = "ce_source";

    /** When the fact happened, ISO-8601 in UTC. */
    public static final String TIME = "ce_time";

    /** The trace of the request that caused it, so the consumer's work joins that trace. */
    public static final String TRACEPARENT = "traceparent";

    private EnvelopeHeaders() {}
}
