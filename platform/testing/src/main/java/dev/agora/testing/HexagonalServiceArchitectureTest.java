package dev.agora.testing;

import org.junit.jupiter.api.Test;

/**
 * The checks of a service laid out in domain, application and adapters, as docs/architecture.md ("Inside a service")
 * says: every service but the gateway, which owns nothing and is laid out by concern (routing, limits, OpenAPI).
 */
public abstract class HexagonalServiceArchitectureTest extends ServiceArchitectureTest {

    /** {@code basePackage}: the service's root package, {@code dev.agora.catalog}. */
    protected HexagonalServiceArchitectureTest(String basePackage) {
        super(basePackage);
    }

    @Test
    public void follows_the_hexagonal_layering_of_the_architecture() {
        ArchitectureRules.hexagonalLayers(basePackage()).check(classes());
    }
}
