package dev.agora.storefront.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.storefront.*}.
 *
 * @param services where each service it calls answers: {@code lb://<name>} for the instances ./agora up lists, or a
 *     plain address ({@code http://catalog:8081} in Kubernetes)
 * @param pageSize products on a catalogue page: a grid of three or four columns
 */
@Validated
@ConfigurationProperties("agora.storefront")
public record StorefrontProperties(
        @NotNull Map<String, URI> services,
        @DefaultValue("12") @Min(1) @Max(100) int pageSize) {

    public URI service(String name) {
        URI address = services.get(name);
        if (address == null) {
            throw new IllegalStateException("agora.storefront.services." + name + " is not set: where does " + name
                    + " answer? (./agora up sets it)");
        }
        return address;
    }
}
