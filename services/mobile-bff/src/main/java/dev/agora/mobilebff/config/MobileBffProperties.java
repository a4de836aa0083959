package dev.agora.mobilebff.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code agora.mobile-bff.*}.
 *
 * @param services where each service it calls answers: {@code lb://<name>} for the instances ./agora up lists, or a
 *     plain address ({@code http://catalog:8081} in Kubernetes)
 * @param maxQueryDepth how deep a query's fields may nest: the deepest screen needs 4
 * @param maxQueryComplexity how many fields a query may fetch in all, each page's items and each product's related
 *     products counted: a home screen of 20 products with their prices and stock is about 200
 */
@Validated
@ConfigurationProperties("agora.mobile-bff")
public record MobileBffProperties(
        @NotNull Map<String, URI> services,
        @DefaultValue("6") @Min(1) @Max(20) int maxQueryDepth,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxQueryComplexity) {

    public URI service(String name) {
        URI address = services.get(name);
        if (address == null) {
            throw new IllegalStateException("agora.mobile-bff.services." + name + " is not set: where does " + name
                    + " answer? (./agora up sets it)");
        }
        return address;
    }
}
