package dev.agora.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks a service whether it is ready, the way an orchestrator would: GET its readiness probe. */
public final class Health {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Health() {}

    /** One circuit breaker of a service, as its {@code /actuator/breakers} shows it. */
    public record Breaker(String dependency, String state, long retries) {

        String describe() {
            return dependency + " " + state + (retries > 0 ? " (" + retries + " retries)" : "");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The breakers of the service whose management port answers at {@code endpoint}; none if it does not answer. */
    public static List<Breaker> breakers(URI endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            List<Breaker> breakers = new ArrayList<>();
            for (JsonNode breaker : JSON.readTree(response.body())) {
                breakers.add(new Breaker(
                        breaker.path("dependency").asString(),
                        breaker.path("state").asString(),
                        breaker.path("retries").asLong()));
            }
            return breakers;
        } catch (IOException | JacksonException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public static boolean isUp(URI probe) {
        HttpRequest request = HttpRequest.newBuilder(probe)
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
