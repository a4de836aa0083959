package dev.agora.testing;

import java.util.Map;

/**
 * A fixture of a test class that the Spring context under test must be pointed at (a database, an issuer of tokens).
 * Held in a static field of the test class, it points the context at itself ({@link SpringFixtures}): no
 * {@code @DynamicPropertySource} to copy into each test.
 */
public interface SpringFixture {

    /** The properties that point a service at this fixture; asked for when the context starts. */
    Map<String, String> properties();
}
