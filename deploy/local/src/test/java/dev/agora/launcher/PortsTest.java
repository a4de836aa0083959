package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void a_port_in_use_fails_with_the_port_and_the_process_that_holds_it() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/net")), "the owner of a port is read from /proc (Linux only)");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "catalog"))
                    .isInstanceOf(LaunchFailure.class)
                    .hasMessageContaining("Port " + port + " is already in use by pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("catalog needs it");
        }
    }

    @Test
    void a_free_port_passes() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
