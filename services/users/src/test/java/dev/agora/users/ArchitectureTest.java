package dev.agora.users;

import dev.agora.testing.HexagonalServiceArchitectureTest;

class ArchitectureTest extends HexagonalServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.users");
    }
}
