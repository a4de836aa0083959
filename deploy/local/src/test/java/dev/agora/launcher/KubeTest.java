package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class KubeTest {

    private static final String RENDERED = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: gateway
            data:
              SPRING_PROFILES_ACTIVE: dev,chaos
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: catalog
            data:
              SPRING_PROFILES_ACTIVE: dev,chaos
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: catalog
            """;

    @Test
    void the_gateway_pod_is_given_the_tables_routes_and_where_each_service_answers_on_this_host() {
        List<ObjectNode> played = Kube.playable(RENDERED);

        assertThat(played)
                .extracting(object -> object.path("kind").asString())
                .containsExactly("ConfigMap", "ConfigMap");
        JsonNode gateway = JsonMapper.builder()
                .build()
                .readTree(played.getFirst()
                        .path("data")
                        .path("SPRING_APPLICATION_JSON")
                        .asString());
        assertThat(gateway.path("agora.gateway.services.catalog").asString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(gateway.path("agora.gateway.services.identity").asString()).isEqualTo("http://127.0.0.1:9000");
        assertThat(gateway.path("agora.gateway.routes[0].id").asString()).isEqualTo("identity");
        assertThat(gateway.path("agora.gateway.routes[0].preserve-host").asBoolean())
                .isTrue();
        assertThat(gateway.path("agora.gateway.routes[0].call-policy").asString())
                .isEqualTo("identity-route");
        assertThat(IntStream.range(0, 14).mapToObj(index -> gateway.path("agora.gateway.routes[" + index + "].id")))
                .extracting(JsonNode::asString)
                .containsExactly(
                        "identity",
                        "reviews",
                        "catalog",
                        "users",
                        "inventory",
                        "payments",
                        "orders",
                        "notifications-stream",
                        "notifications",
                        "storefront-live",
                        "storefront",
                        "mobile-bff-stream",
                        "mobile-bff",
                        "");
        assertThat(played.get(1).path("data").has("SPRING_APPLICATION_JSON")).isFalse();
    }

    @Test
    void a_pod_runs_the_image_built_here_without_the_variables_of_secrets_podman_does_not_have() {
        List<ObjectNode> played = Kube.playable("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: catalog
                spec:
                  template:
                    spec:
                      containers:
                        - name: catalog
                          image: ghcr.io/agora-store/agora-catalog:0.1.0
                          ports:
                            - {name: http, containerPort: 8081}
                          env:
                            - {name: CATALOG_DB_URL, value: "jdbc:postgresql://catalog-db-rw:5432/catalog"}
                            - name: CATALOG_DB_PASSWORD
                              valueFrom:
                                secretKeyRef: {name: catalog-db-app, key: password}
                """);

        JsonNode container = played.getFirst()
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertThat(container.path("image").asString()).isEqualTo("agora/catalog:0.1.0");
        assertThat(container.has("ports")).isFalse();
        assertThat(container.path("env"))
                .extracting(variable -> variable.path("name").asString())
                .containsExactly("CATALOG_DB_URL");
    }
}
