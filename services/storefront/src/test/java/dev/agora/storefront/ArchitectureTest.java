package dev.agora.storefront;

import dev.agora.testing.HexagonalServiceArchitectureTest;

class ArchitectureTest extends HexagonalServiceArchitectureTest {

    ArchitectureTest() {
        super("dev.agora.storefront");
    }
}
