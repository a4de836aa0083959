package dev.agora.gateway;

import dev.agora.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** The gateway's breakers as its {@code /actuator/breakers} endpoint shows them. */
final class Breakers {

    private Breakers() {}

    /** The breaker of the calls to {@code dependency}, on the gateway whose management port is {@code port}. */
    static JsonNode of(int managementPort, String dependency) {
        JsonNode all =
                ApiClient.onPort(managementPort).get("/actuator/breakers").json();
        for (JsonNode breaker : all) {
            if (breaker.get("dependency").asString().equals(dependency)) {
                return breaker;
            }
        }
        throw new AssertionError("No breaker for " + dependency + " in " + all);
    }
}
