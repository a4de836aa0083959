package dev.agora.platform.messaging;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Which handler takes each type of message a consumer reads: one handler per protobuf type, given the payload parsed
 * by that type's parser. A type no handler is registered for is a {@link MalformedMessage}, so it goes to the
 * dead-letter topic at once.
 *
 * <pre>{@code
 * MessageDispatch.of("inventory")
 *         .on(ReserveStock.getDefaultInstance(), (command, message) -> ...)
 *         .on(ReleaseStock.getDefaultInstance(), (command, message) -> ...)
 * }</pre>
 */
public final class MessageDispatch {

    private final String consumer;
    private final Map<String, Consumer<IncomingMessage>> handlers;
    private final Set<String> ignored;
    private final boolean ignoringOthers;

    private MessageDispatch(
            String consumer,
            Map<String, Consumer<IncomingMessage>> handlers,
            Set<String> ignored,
            boolean ignoringOthers) {
        this.consumer = consumer;
        this.handlers = Map.copyOf(handlers);
        this.ignored = Set.copyOf(ignored);
        this.ignoringOthers = ignoringOthers;
    }

    /** No handler yet; {@code consumer} names the service in the message of a type it does not handle. */
    public static MessageDispatch of(String consumer) {
        return new MessageDispatch(consumer, Map.of(), Set.of(), false);
    }

    /** This dispatch, and messages of {@code type} parsed and given to {@code handler} with their envelope. */
    public <T extends Message> MessageDispatch on(T type, BiConsumer<T, IncomingMessage> handler) {
        @SuppressWarnings("unchecked") // a message's parser makes messages of its own type
        Parser<T> parser = (Parser<T>) type.getParserForType();
        return with(type, message -> handler.accept(ProtobufPayloads.parse(message, parser), message));
    }

    /** This dispatch, and messages of {@code type} read and left alone: a type the consumer knows it need not act on. */
    public MessageDispatch ignoring(Message type) {
        MessageDispatch dispatch = with(type, message -> {});
        Set<String> ignoredTypes = new HashSet<>(ignored);
        ignoredTypes.add(ProtobufPayloads.typeOf(type));
        return new MessageDispatch(consumer, dispatch.handlers, ignoredTypes, ignoringOthers);
    }

    /**
     * This dispatch, and every type it has no handler for read and left alone. Only for a consumer that reads another
     * service's stream for one kind of message among many it has no business with (users collecting the erasure
     * confirmations from each participant's events): a consumer of a stream meant for it keeps the dead-letter topic
     * for a type it does not know.
     */
    public MessageDispatch ignoringOtherTypes() {
        return new MessageDispatch(consumer, handlers, ignored, true);
    }

    /**
     * The records of a poll that this dispatch acts on, in their order. Those of an ignored type are left out: with no
     * effect to keep once, they need no inbox entry, and a poll of nothing else no transaction. A record without a type
     * stays, to be found malformed.
     */
    public List<ConsumerRecord<String, byte[]>> actedOn(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(record -> {
                    String type = IncomingMessage.header(record, EnvelopeHeaders.TYPE);
                    return type == null || !(ignored.contains(type) || ignoringOthers && !handlers.containsKey(type));
                })
                .toList();
    }

    /** Gives the message to the handler of its type. */
    public void handle(IncomingMessage message) {
        Consumer<IncomingMessage> handler = handlers.get(message.type());
        if (handler == null) {
            throw new MalformedMessage(consumer + " does not handle " + message.type() + " (" + message.id() + ")");
        }
        handler.accept(message);
    }

    private MessageDispatch with(Message type, Consumer<IncomingMessage> handler) {
        String name = ProtobufPayloads.typeOf(type);
        if (handlers.containsKey(name)) {
            throw new IllegalStateException(consumer + " registers two handlers for " + name);
        }
        Map<String, Consumer<IncomingMessage>> more = new HashMap<>(handlers);
        more.put(name, handler);
        return new MessageDispatch(consumer, more, ignored, ignoringOthers);
    }
}
