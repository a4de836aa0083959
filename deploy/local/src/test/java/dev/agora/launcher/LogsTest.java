package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogsTest {

    @Test
    void renders_a_json_line_as_time_level_message_and_extra_fields() {
        String line = """
                {"@timestamp":"2026-11-25T12:03:37.550326337Z","@version":"1","message":"access",\
                "logger_name":"dev.agora.gateway.access","thread_name":"t","level":"INFO","level_value":20000,\
                "traceId":"01e6","spanId":"b295","method":"GET","status":200,"service":"gateway"}""";

        assertThat(Logs.render(line)).isEqualTo("12:03:37.550 INFO  access  traceId=01e6 method=GET status=200");
    }

    @Test
    void keeps_a_line_that_is_not_json_as_it_is() {
        assertThat(Logs.render("WARNING: something from the JVM")).isEqualTo("WARNING: something from the JVM");
        assertThat(Logs.render("{broken")).isEqualTo("{broken");
    }

    @Test
    void appends_the_stack_trace_on_the_following_lines() {
        String line = "{\"@timestamp\":\"2026-11-25T12:00:00.000Z\",\"level\":\"ERROR\",\"message\":\"failed\","
                + "\"stack_trace\":\"java.lang.IllegalStateException: x\\n\\tat a.b.C\"}";

        assertThat(Logs.render(line).lines())
                .containsExactly("12:00:00.000 ERROR failed", "java.lang.IllegalStateException: x", "\tat a.b.C");
    }

    @Test
    void reads_the_time_of_service_lines_and_of_the_broker_lines_so_both_merge_in_order() {
        String service = "{\"@timestamp\":\"2026-11-25T12:00:00.100Z\",\"level\":\"INFO\",\"message\":\"a\"}";
        String broker = "2026-11-25T12:00:00.050Z INFO  KafkaRaftServer - Kafka Server started";

        assertThat(Logs.timestampOf(service)).isEqualTo("2026-11-25T12:00:00.100Z");
        assertThat(Logs.timestampOf(broker)).isEqualTo("2026-11-25T12:00:00.050Z");
        assertThat(Logs.timestampOf(broker)).isLessThan(Logs.timestampOf(service));
        assertThat(Logs.timestampOf("\tat kafka.Kafka.main")).isEmpty();
    }

    @Test
    void tells_the_lines_of_one_trace_by_their_trace_id_field() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";

        assertThat(Logs.isOfTrace("{\"message\":\"a\",\"traceId\":\"" + trace + "\"}", trace))
                .isTrue();
        assertThat(Logs.isOfTrace("{\"message\":\"order " + trace + "\",\"traceId\":\"other\"}", trace))
                .as("the id in the message is not the line's trace")
                .isFalse();
        assertThat(Logs.isOfTrace("2026-11-28T16:40:00.123Z INFO " + trace, trace))
                .isFalse();
    }
}
