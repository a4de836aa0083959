package dev.agora.platform.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's property defaults (agora-service-defaults.properties) behind everything else, so that any
 * service, profile or environment variable can still override them, and no service has to copy them.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    static final String DEFAULTS = "agora-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource("agoraServiceDefaults", new ClassPathResource(DEFAULTS)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }
}
