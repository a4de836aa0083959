package dev.agora.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MarkerFactory;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lines must read as Spring Boot's own logstash lines do: ./agora logs and every log reader rely on them. */
class JsonLinesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoggerContext logback = new LoggerContext();
    private StructuredLogEncoder boots;
    private JsonLines ours;

    @BeforeEach
    void formatters() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("logging.structured.json.add.service", "orders")
                .withProperty("logging.structured.json.add.instance", "orders#2");
        logback.putObject(Environment.class.getName(), environment);
        logback.setMDCAdapter(new LogbackMDCAdapter());
        boots = new StructuredLogEncoder();
        boots.setFormat("logstash");
        boots.setContext(logback);
        boots.start();
        ThrowableProxyConverter throwables = new ThrowableProxyConverter();
        throwables.setContext(logback);
        throwables.start();
        ours = new JsonLines(environment, throwables);
    }

    @Test
    void writes_what_spring_boots_logstash_format_writes() {
        LoggingEvent event = event("Order {} placed by \"{}\"", "o-1", "Zoë\t<z@example.com>\u0001");
        event.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7"));
        event.addKeyValuePair(new KeyValuePair("status", 201));
        event.addKeyValuePair(new KeyValuePair("durationMs", 12L));
        event.addKeyValuePair(new KeyValuePair("retried", false));
        event.addKeyValuePair(new KeyValuePair("path", "/api/orders\\x"));
        event.addKeyValuePair(new KeyValuePair("product.ids", List.of("p-1", "p-2")));

        assertSameLine(event);
    }

    @Test
    void writes_a_failure_and_markers_as_boot_does() {
        LoggingEvent event = event("Payment failed", new IllegalStateException("declined\nby the bank"));
        event.addMarker(MarkerFactory.getMarker("AUDIT"));

        assertSameLine(event);
        assertThat(parsed(ours.format(event)).path("stack_trace").asString())
                .startsWith("java.lang.IllegalStateException: declined\nby the bank");
    }

    @Test
    void writes_one_line_per_event_and_its_bytes_in_the_charset() {
        LoggingEvent event = event("multi\nline \u00e9t\u00e9");

        String line = ours.format(event);

        assertThat(line).endsWith("}\n").doesNotContain("line \u00e9t\u00e9\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(ours.formatAsBytes(event, StandardCharsets.UTF_8)).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    private LoggingEvent event(String message, Object... arguments) {
        LoggingEvent event = new LoggingEvent(
                "dev.agora.Test", logback.getLogger("dev.agora.orders.Checkout"), Level.INFO, message, null, arguments);
        event.setThreadName("reactor-http-epoll-1");
        event.setInstant(Instant.parse("2026-12-07T06:19:04.301311273Z"));
        return event;
    }

    private LoggingEvent event(String message, Throwable failure) {
        LoggingEvent event = new LoggingEvent(
                "dev.agora.Test", logback.getLogger("dev.agora.payments.Ledger"), Level.WARN, message, failure, null);
        event.setThreadName("main");
        event.setInstant(Instant.parse("2026-12-07T06:19:04.301Z"));
        return event;
    }

    private void assertSameLine(LoggingEvent event) {
        String expected = new String(boots.encode(event), StandardCharsets.UTF_8);
        assertThat(parsed(ours.format(event))).isEqualTo(parsed(expected));
        assertThat(fieldNames(ours.format(event))).isEqualTo(fieldNames(expected));
    }

    private static JsonNode parsed(String line) {
        return JSON.readTree(line);
    }

    private static List<String> fieldNames(String line) {
        return parsed(line).propertyNames().stream().toList();
    }
}
