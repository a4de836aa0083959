package dev.agora.platform.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's {@code logstash} lines, the same members in the same order ({@code @timestamp}, {@code @version},
 * {@code message}, {@code logger_name}, {@code thread_name}, {@code level}, {@code level_value}, the MDC (trace and
 * span ids), the event's key-value pairs, {@code tags} from its markers, {@code stack_trace}, then the pairs of
 * {@code logging.structured.json.add}), written straight into one {@link StringBuilder}. Boot 4.0 builds the same
 * line through its general JSON writer and encodes it a character at a time: a tenth of the gateway's CPU, which
 * writes a line per request (docs/benchmarks.md). Selected with {@code logging.structured.format.console} set to this
 * class's name.
 */
public final class JsonLines implements StructuredLogFormatter<ILoggingEvent> {

    private static final String VERSION = "1";

    private final ThrowableProxyConverter throwables;
    private final String added;

    public JsonLines(Environment environment, ThrowableProxyConverter throwables) {
        this.throwables = throwables;
        StringBuilder pairs = new StringBuilder();
        Binder.get(environment)
                .bind("logging.structured.json.add", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach((name, value) -> pairs.append(",\"")
                        .append(escaped(name))
                        .append("\":\"")
                        .append(escaped(value))
                        .append('"'));
        this.added = pairs.toString();
    }

    @Override
    public String format(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(384);
        line.append('{');
        text(line, "@timestamp", timestamp(event.getInstant()));
        text(line, "@version", VERSION);
        text(line, "message", event.getFormattedMessage());
        text(line, "logger_name", event.getLoggerName());
        text(line, "thread_name", event.getThreadName());
        text(line, "level", event.getLevel().toString());
        member(line, "level_value").append(event.getLevel().toInt());
        event.getMDCPropertyMap().forEach((name, value) -> text(line, name, value));
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                value(member(line, pair.key), pair.value);
            }
        }
        List<Marker> markers = event.getMarkerList();
        if (markers != null && !markers.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            names(markers.iterator(), names);
            value(member(line, "tags"), names);
        }
        if (event.getThrowableProxy() != null) {
            text(line, "stack_trace", throwables.convert(event));
        }
        line.append(added).append("}\n");
        return line.toString();
    }

    /** The line's bytes from the whole string at once (Boot's writer encodes it a character at a time). */
    @Override
    public byte[] formatAsBytes(ILoggingEvent event, Charset charset) {
        return format(event).getBytes(charset);
    }

    private static String timestamp(@Nullable Instant instant) {
        Instant at = instant == null ? Instant.now() : instant;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    private static void names(Iterator<Marker> markers, Set<String> names) {
        while (markers.hasNext()) {
            Marker marker = markers.next();
            names.add(marker.getName());
            if (marker.hasReferences()) {
                names(marker.iterator(), names);
            }
        }
    }

    private static StringBuilder member(StringBuilder line, String name) {
        if (line.length() > 1) {
            line.append(',');
        }
        return line.append('"').append(escaped(name)).append("\":");
    }

    private static void text(StringBuilder line, String name, @Nullable String value) {
        if (value != null) {
            member(line, name).append('"').append(escaped(value)).append('"');
        }
    }

    /** Numbers and booleans as themselves, collections as arrays, anything else as its text. */
    private static void value(StringBuilder line, @Nullable Object value) {
        if (value == null) {
            line.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof Iterable<?> items) {
            line.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    line.append(',');
                }
                value(line, item);
                first = false;
            }
            line.append(']');
        } else {
            line.append('"').append(escaped(value.toString())).append('"');
        }
    }

    /** JSON's escapes: quote, backslash and the control characters; everything else as it is. */
    static CharSequence escaped(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean needsEscape(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }
}
