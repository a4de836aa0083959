package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.Home;
import dev.agora.launcher.LaunchFailure;
import dev.agora.launcher.Platform;
import dev.agora.launcher.Ports;
import dev.agora.launcher.ServiceSpec;
import dev.agora.launcher.Topology;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What ./agora up says when it cannot start Agora: one clear line, and nothing left running. */
class LauncherErrorsIT {

    static final int PORT_OFFSET = 20_000;

    final Path repository = Home.findRepository(Path.of(""));
    // The same home as the journeys, so the unpacked jars and AOT caches are made once; never at the same time.
    final Home home = new Home(repository, repository.resolve("system-tests/target/agora"));
    final List<ServiceSpec> services = Topology.services(home, PORT_OFFSET);

    @AfterEach
    void stopLeftovers() {
        new Platform(home, Duration.ZERO).stopAll();
    }

    @Test
    void names_the_port_in_use_and_its_process_and_starts_nothing() throws Exception {
        int firstPort = services.getFirst().port();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), firstPort));

            assertThatThrownBy(() -> new Platform(home, Duration.ofSeconds(60)).start(services))
                    .isInstanceOf(LaunchFailure.class)
                    .hasMessageContaining("Port " + firstPort + " is already in use by pid "
                            + ProcessHandle.current().pid());
        }
        assertThat(new Platform(home, Duration.ZERO).running()).isEmpty();
    }

    @Test
    void a_service_not_ready_in_time_fails_with_its_last_log_lines_and_everything_is_stopped() {
        assertThatThrownBy(() -> new Platform(home, Duration.ofSeconds(3)).start(services))
                .isInstanceOfSatisfying(LaunchFailure.class, failure -> {
                    assertThat(failure.getMessage())
                            .containsPattern("(zipkin|kafka|identity|catalog|gateway) did not become ready within 3 s")
                            .contains("Its last log lines (" + home.logs());
                    assertThat(failure.details()).isNotBlank();
                });

        assertThat(new Platform(home, Duration.ZERO).running()).isEmpty();
        services.forEach(service -> service.ports()
                .forEach(port ->
                        assertThat(Ports.isFree(port)).as("port %d", port).isTrue()));
    }
}
