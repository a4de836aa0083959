package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosSwitchTest {

    @Test
    void reads_latency_errors_and_off_as_the_endpoint_takes_them() {
        assertThat(ChaosSwitch.body(List.of("latency=2s"), "usage")).isEqualTo("{\"latency\":\"2s\"}");
        assertThat(ChaosSwitch.body(List.of("latency=500ms", "errors=20%"), "usage"))
                .isEqualTo("{\"latency\":\"500ms\",\"errors\":\"20%\"}");
        assertThat(ChaosSwitch.body(List.of("off"), "usage")).isEqualTo("{\"off\":true}");
    }

    @Test
    void refuses_what_it_cannot_read_with_the_usage() {
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("latency=soon"), "Usage: ..."))
                .hasMessage("Cannot read 'latency=soon'. Usage: ...");
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("errors=20"), "Usage: ..."))
                .hasMessageStartingWith("Cannot read 'errors=20'");
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("slow"), "Usage: ..."))
                .hasMessageStartingWith("Cannot read 'slow'");
    }
}
