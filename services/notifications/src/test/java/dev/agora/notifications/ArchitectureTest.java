package dev.agora.notifications;

import dev.agora.testing.HexagonalServiceArchitectureTest;

class ArchitectureTest extends HexagonalServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.notifications");
    }
}
