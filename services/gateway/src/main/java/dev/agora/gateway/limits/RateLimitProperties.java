package dev.agora.gateway.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.gateway.rate-limits.*}; the defaults are in the gateway's application.yml, with the reasons in
 * docs/guides/resilience.md.
 *
 * @param enabled off only for experiments that must not be limited (a benchmark of something else)
 * @param perCaller every caller's bucket: the signed-in user's, or the client address's for anonymous calls
 * @param login sign-in attempts ({@code POST /login}) per client address, whoever signs in
 * @param routes a route's own limit (by route id: catalog, orders, ...) instead of {@code perCaller}
 * @param store where the buckets live: {@code memory} for one gateway, {@code redis} to share them between gateways
 * @param redis the Redis server when {@code store} is {@code redis}
 */
@Validated
@ConfigurationProperties("agora.gateway.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @Valid RateLimit perCaller,
        @NotNull @Valid RateLimit login,
        @DefaultValue Map<String, @Valid RateLimit> routes,
        @DefaultValue("memory") Store store,
        @DefaultValue("redis://127.0.0.1:6379") URI redis) {

    public enum Store {
        MEMORY,
        REDIS
    }
}
