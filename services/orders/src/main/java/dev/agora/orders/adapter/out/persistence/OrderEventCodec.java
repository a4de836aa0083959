package dev.agora.orders.adapter.out.persistence;

import dev.agora.orders.domain.OrderEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored events as JSON, named by their simple class name. A mapper of its own, not the web's: the stored form must
 * not change when the API's JSON settings do.
 */
final class OrderEventCodec {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(OrderEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper json = JsonMapper.builder().build();

    String typeOf(OrderEvent event) {
        return event.getClass().getSimpleName();
    }

    String write(OrderEvent event) {
        return json.writeValueAsString(event);
    }

    OrderEvent read(String type, String data) {
        Class<?> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalStateException("The event store holds an event of unknown type " + type);
        }
        return (OrderEvent) json.readValue(data, eventClass);
    }
}
