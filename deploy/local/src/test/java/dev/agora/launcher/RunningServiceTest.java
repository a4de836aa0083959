package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningServiceTest {

    @TempDir
    Path state;

    @Test
    void a_record_keeps_the_arguments_a_restart_starts_the_instance_with_again() {
        Home home = new Home(state, state.resolve(".agora"));
        ServiceSpec orders = Topology.services(
                        home, 0, Scale.parse("orders=2"), false, PostgresServer.fromEnvironment(Map.of(), "agora_"))
                .stream()
                .filter(spec -> spec.id().equals("orders#2"))
                .findFirst()
                .orElseThrow();

        new RunningService(orders, 4242, 7, 12.5).save(home);

        List<RunningService> recorded = RunningService.recorded(home);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().spec()).isEqualTo(orders);
        assertThat(recorded.getFirst().spec().arguments())
                .contains("--server.port=8183", "--spring.profiles.active=dev,chaos,postgres");
        assertThat(recorded.getFirst().startOrder()).isEqualTo(7);
    }
}
