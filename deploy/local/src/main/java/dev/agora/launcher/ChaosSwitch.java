package dev.agora.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code ./agora chaos}: the settings a user typed, sent to a service's {@code /actuator/chaos}. */
final class ChaosSwitch {

    private static final Pattern LATENCY = Pattern.compile("\\d+(ms|s)");
    private static final Pattern ERRORS = Pattern.compile("\\d{1,3}(\\.\\d+)?%");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChaosSwitch() {}

    /** {@code latency=2s errors=20%} or {@code off}, as the JSON the endpoint takes; a clear message otherwise. */
    static String body(List<String> settings) {
        ObjectNode body = JSON.createObjectNode();
        for (String setting : settings) {
            if (setting.equals("off")) {
                body.put("off", true);
                continue;
            }
            String[] nameAndValue = setting.split("=", 2);
            if (nameAndValue.length == 2
                    && nameAndValue[0].equals("latency")
                    && LATENCY.matcher(nameAndValue[1]).matches()) {
                body.put("latency", nameAndValue[1]);
            } else if (nameAndValue.length == 2
                    && nameAndValue[0].equals("errors")
                    && ERRORS.matcher(nameAndValue[1]).matches()) {
                body.put("errors", nameAndValue[1]);
            } else {
                throw new UsageError("cannot read '" + setting + "': a setting is latency=2s, errors=20% or off.");
            }
        }
        return body.toString();
    }

    /** What the service says it does now, as a summary ({@code latency=2000ms errors=20%}, or {@code off}). */
    static String send(ServiceSpec service, String body) {
        HttpRequest request = HttpRequest.newBuilder(service.chaos())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                throw new LaunchFailure(service.id()
                        + " runs without the chaos profile: restart it with ./agora restart " + service.id() + ".");
            }
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new LaunchFailure(
                        service.id() + " refused: " + answer.path("detail").asString(response.body()));
            }
            return answer.path("summary").asString();
        } catch (IOException | JacksonException e) {
            throw new LaunchFailure("Cannot reach " + service.id() + " at " + service.chaos() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted.");
        }
    }
}
