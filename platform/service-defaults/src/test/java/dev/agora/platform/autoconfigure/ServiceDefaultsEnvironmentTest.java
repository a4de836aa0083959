package dev.agora.platform.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.platform.logging.JsonLines;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void gives_every_service_virtual_threads_graceful_shutdown_and_json_logs() {
        new ServiceDefaultsEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo(JsonLines.class.getName());
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,prometheus,breakers,chaos");
    }

    @Test
    void a_service_overrides_any_default_with_its_own_configuration() {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("service", Map.of("server.shutdown", "immediate")));

        new ServiceDefaultsEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
    }

    @Test
    void samples_every_trace_and_exports_to_zipkin_only_when_the_launcher_says_so() {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("service", Map.of("spring.application.name", "orders")));

        new ServiceDefaultsEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability"))
                .isEqualTo("1.0");
        assertThat(environment.getProperty("management.tracing.export.zipkin.enabled"))
                .isEqualTo("false");
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isNull();
        assertThat(environment.getProperty("logging.structured.json.add.instance"))
                .as("the service's name when the launcher gives no instance id")
                .isEqualTo("orders");
    }

    @Test
    void the_kubernetes_profile_exports_otlp_to_the_collector_and_samples_one_trace_in_ten() {
        environment.setActiveProfiles("kubernetes");

        new ServiceDefaultsEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://otel-collector:4318/v1/traces");
        assertThat(environment.getProperty("management.tracing.sampling.probability"))
                .isEqualTo("0.1");
        assertThat(environment.getProperty("management.tracing.export.zipkin.enabled"))
                .isEqualTo("false");
        assertThat(environment.getProperty("server.shutdown"))
                .as("the general defaults still apply")
                .isEqualTo("graceful");
    }
}
