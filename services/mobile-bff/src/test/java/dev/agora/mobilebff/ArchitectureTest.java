package dev.agora.mobilebff;

import dev.agora.testing.HexagonalServiceArchitectureTest;

class ArchitectureTest extends HexagonalServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.mobilebff");
    }
}
