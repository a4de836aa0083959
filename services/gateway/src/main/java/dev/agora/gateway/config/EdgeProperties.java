package dev.agora.gateway.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings.
 *
 * @param services where each routed service answers, by service name (the launcher or Kubernetes sets them)
 * @param connectTimeout how long to wait for a connection to an upstream
 * @param maxRequestBody requests with a larger body get 413 {@code PAYLOAD_TOO_LARGE}
 * @param corsAllowedOrigins browser origins allowed to call the API
 * @param maxInFlight above this many requests under way, new ones get 503 at once (load shedding)
 * @param longLivedPaths live streams: no response timeout, no breaker, not counted as in flight
 */
@Validated
@ConfigurationProperties("agora.gateway")
public record EdgeProperties(
        @NotEmpty Map<String, URI> services,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("1MB") @NotNull DataSize maxRequestBody,
        @DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins,
        @DefaultValue("256") @Min(1) int maxInFlight,
        @DefaultValue("/api/notifications/stream") List<String> longLivedPaths) {

    public URI service(String name) {
        URI uri = services.get(name);
        if (uri == null) {
            throw new IllegalStateException("No address for service '" + name + "': set agora.gateway.services." + name
                    + " (for example http://127.0.0.1:8081)");
        }
        return uri;
    }
}
