package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosSwitchTest {

    @Test
    void reads_latency_errors_and_off_as_the_endpoint_takes_them() {
        assertThat(ChaosSwitch.body(List.of("latency=2s"))).isEqualTo("{\"latency\":\"2s\"}");
        assertThat(ChaosSwitch.body(List.of("latency=500ms", "errors=20%")))
                .isEqualTo("{\"latency\":\"500ms\",\"errors\":\"20%\"}");
        assertThat(ChaosSwitch.body(List.of("off"))).isEqualTo("{\"off\":true}");
    }

    @Test
    void refuses_what_it_cannot_read_as_a_usage_error() {
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("latency=soon")))
                .isInstanceOf(UsageError.class)
                .hasMessageStartingWith("cannot read 'latency=soon'");
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("errors=20")))
                .hasMessageStartingWith("cannot read 'errors=20'");
        assertThatThrownBy(() -> ChaosSwitch.body(List.of("slow"))).hasMessageStartingWith("cannot read 'slow'");
    }
}
