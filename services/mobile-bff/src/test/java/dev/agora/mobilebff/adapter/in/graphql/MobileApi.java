package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mobile BFF's GraphQL endpoint, asked over HTTP as the app asks it. */
record MobileApi(ApiClient client) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The answer's body: with data (200), or refused as a whole (400, GraphQL over HTTP). */
    JsonNode query(String query) {
        Response answer = ask(query);
        if (answer.status() != 200 && answer.status() != 400) {
            throw new AssertionError("POST /mobile/graphql answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    Response ask(String query) {
        return client.send(
                "POST",
                "/mobile/graphql",
                JSON.writeValueAsString(Map.of("query", query)),
                "Content-Type",
                "application/json",
                "Accept",
                "application/graphql-response+json");
    }
}
