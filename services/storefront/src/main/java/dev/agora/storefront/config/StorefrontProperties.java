package dev.agora.storefront.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
 * @param publicAddress where customers reach the shop (the gateway's address): identity sends them back there
 * @param client the storefront's credentials at identity, as a confidential client
 */
@Validated
@ConfigurationProperties("agora.storefront")
public record StorefrontProperties(
        @NotNull Map<String, URI> services,
        @DefaultValue("12") @Min(1) @Max(100) int pageSize,
        @NotNull URI publicAddress,
        @Valid @NotNull Client client) {

    /** The storefront's client id and secret at identity. */
    public record Client(
            @DefaultValue("agora-storefront") @NotBlank String id,
            @NotBlank String secret) {

        @Override
        public String toString() {
            return "Client[id=" + id + "]"; // never the secret
        }
    }

    public URI service(String name) {
        URI address = services.get(name);
        if (address == null) {
            throw new IllegalStateException("agora.storefront.services." + name + " is not set: where does " + name
                    + " answer? (./agora up sets it)");
        }
        return address;
    }
}
