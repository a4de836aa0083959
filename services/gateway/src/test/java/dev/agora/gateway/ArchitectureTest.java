package dev.agora.gateway;

import dev.agora.testing.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.gateway");
    }
}
