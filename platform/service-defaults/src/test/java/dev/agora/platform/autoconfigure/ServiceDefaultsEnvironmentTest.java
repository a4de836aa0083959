package dev.agora.platform.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
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
}
