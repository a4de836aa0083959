package dev.agora.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a service accepts as an access token: issued by {@code issuer} for {@code audience}, signed by a key published
 * at {@code jwkSetUri}. The defaults fit the local platform (identity on 9000, its public address the gateway's).
 *
 * @param issuer the exact {@code iss} every token must carry
 * @param audience a value the {@code aud} claim must contain
 * @param jwkSetUri where identity publishes its public signing keys
 * @param clockSkew how far clocks may drift when checking {@code exp} and {@code nbf}
 */
@Validated
@ConfigurationProperties("agora.security")
public record AccessTokenProperties(
        @DefaultValue("http://127.0.0.1:8080") @NotBlank String issuer,
        @DefaultValue("agora-api") @NotBlank String audience,

        @DefaultValue("http://127.0.0.1:9000/oauth2/jwks") @NotNull
        URI jwkSetUri,

        @DefaultValue("30s") @NotNull Duration clockSkew) {}
