package dev.agora.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotencyAutoConfigurationTest {

    private final ApplicationContextRunner serviceWithADatabase = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    FlywayAutoConfiguration.class,
                    IdempotencyAutoConfiguration.class))
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "spring.flyway.locations=classpath:db/sample-service");

    @Test
    void a_service_with_a_database_gets_its_table_after_its_own_migrations_even_when_a_controller_needs_it_first() {
        serviceWithADatabase.withUserConfiguration(EarlyUser.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(IdempotentRequests.class);
            assertThat(context.getBean(JdbcClient.class)
                            .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                            .query(String.class)
                            .list())
                    .contains(
                            "things", "flyway_schema_history", "idempotent_requests", IdempotencySchema.HISTORY_TABLE);
        });
    }

    @Test
    void an_unanswered_claim_is_taken_over_after_30_seconds_unless_configured_otherwise() {
        serviceWithADatabase.run(context -> assertThat(
                        context.getBean(IdempotencyProperties.class).claimTimeout())
                .isEqualTo(Duration.ofSeconds(30)));
        serviceWithADatabase
                .withPropertyValues("agora.idempotency.claim-timeout=2m")
                .run(context -> assertThat(
                                context.getBean(IdempotencyProperties.class).claimTimeout())
                        .isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void a_service_without_a_database_gets_none() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(IdempotentRequests.class));
    }

    /** A bean of the service that needs the requests, made before any auto-configured bean, as a controller is. */
    @Configuration(proxyBeanMethods = false)
    static class EarlyUser {

        record Controller(IdempotentRequests requests) {}

        @Bean
        Controller controller(IdempotentRequests requests) {
            return new Controller(requests);
        }
    }
}
