package dev.agora.platform.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds a platform module's property defaults (a properties file on the classpath) behind everything else, so that any
 * service, profile or environment variable can still override them, and no service has to copy them. Each platform
 * module registers its own subclass in {@code META-INF/spring.factories}. A file named after an active profile
 * ({@code agora-service-defaults-kubernetes.properties}) adds that profile's defaults in front of the general ones.
 */
public abstract class PlatformPropertyDefaults implements EnvironmentPostProcessor {

    private final String name;
    private final String file;

    protected PlatformPropertyDefaults(String name, String file) {
        this.name = name;
        this.file = file;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A profile's own defaults ({@code <file>-kubernetes.properties}) go before the general ones.
        String base = file.substring(0, file.length() - ".properties".length());
        for (String profile : environment.getActiveProfiles()) {
            ClassPathResource profileDefaults = new ClassPathResource(base + "-" + profile + ".properties");
            if (profileDefaults.exists()) {
                add(environment, name + "-" + profile, profileDefaults);
            }
        }
        add(environment, name, new ClassPathResource(file));
    }

    private static void add(ConfigurableEnvironment environment, String name, ClassPathResource resource) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(name, resource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getPath(), e);
        }
    }
}
