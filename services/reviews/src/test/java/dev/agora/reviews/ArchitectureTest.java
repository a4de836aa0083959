package dev.agora.reviews;

import dev.agora.testing.HexagonalServiceArchitectureTest;

class ArchitectureTest extends HexagonalServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.reviews");
    }
}
