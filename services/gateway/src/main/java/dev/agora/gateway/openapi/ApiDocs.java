package dev.agora.gateway.openapi;

import dev.agora.gateway.config.EdgeProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v3/api-docs}: the OpenAPI documents of the routed services (those {@code agora.gateway.routes} go to, in
 * the order of their first route) merged into one, so that a client sees the public API as a whole. A service that
 * does not answer is left out and named in {@code x-agora-missing}.
 */
@RestController
class ApiDocs {

    private static final Logger log = LoggerFactory.getLogger(ApiDocs.class);

    private final EdgeProperties edge;
    private final JsonMapper json;
    /** Documents grow with the API; the default 256 KB buffer would drop a large one without a word. */
    private final WebClient http = WebClient.builder()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
            .build();
    /** For services reached as {@code lb://<name>}: one of their healthy instances answers. */
    private final WebClient balanced;

    ApiDocs(EdgeProperties edge, JsonMapper json, LoadBalancedExchangeFilterFunction loadBalancer) {
        this.edge = edge;
        this.json = json;
        this.balanced = http.mutate().filter(loadBalancer).build();
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> merged() {
        return Flux.fromIterable(edge.apiServices())
                .flatMapSequential(service -> fetch(service).map(doc -> Map.entry(service, doc)))
                .collectList()
                .map(this::merge);
    }

    private Mono<JsonNode> fetch(String service) {
        URI address = edge.service(service);
        boolean viaLoadBalancer = "lb".equals(address.getScheme());
        URI docs = viaLoadBalancer
                ? URI.create("http://" + address.getHost() + "/v3/api-docs")
                : address.resolve("/v3/api-docs");
        return (viaLoadBalancer ? balanced : http)
                .get()
                .uri(docs)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(Duration.ofSeconds(3))
                .onErrorResume(failure -> {
                    log.atWarn()
                            .addKeyValue("upstream", service)
                            .log("OpenAPI document not available: {}", failure.toString());
                    return Mono.just(json.nullNode());
                });
    }

    private JsonNode merge(List<Map.Entry<String, JsonNode>> documents) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "Agora API")
                .put("version", "v1")
                .put("description", "The public API of Agora, through the gateway.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = merged.putObject("components").putObject("schemas");
        var tags = merged.putArray("tags");
        var missing = json.createArrayNode();
        for (Map.Entry<String, JsonNode> document : documents) {
            JsonNode doc = document.getValue();
            if (doc.isNull()) {
                missing.add(document.getKey());
                continue;
            }
            doc.path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
            doc.path("components")
                    .path("schemas")
                    .properties()
                    .forEach(schema -> schemas.set(schema.getKey(), schema.getValue()));
            doc.path("tags").forEach(tags::add);
        }
        if (!missing.isEmpty()) {
            merged.set("x-agora-missing", missing);
        }
        return merged;
    }
}
