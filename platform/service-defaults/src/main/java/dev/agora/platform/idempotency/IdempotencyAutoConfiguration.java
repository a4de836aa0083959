package dev.agora.platform.idempotency;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link IdempotentRequests} for every service with a database (and Flyway), its table beside the service's. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
@ConditionalOnClass(
        name = {
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.flywaydb.core.Flyway",
            "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer"
        })
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    IdempotencySchema idempotencySchema(
            DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceSchema) {
        serviceSchema.ifAvailable(initialized -> {}); // the service's own migrations first, on an empty schema
        return new IdempotencySchema(dataSource);
    }

    @Bean
    IdempotentRequests idempotentRequests(
            IdempotencySchema schema,
            JdbcClient database,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock,
            IdempotencyProperties properties) {
        return new IdempotentRequests(
                database,
                transactions,
                clock.getIfAvailable(Clock::systemUTC),
                properties.claimTimeout(),
                UUID::randomUUID);
    }
}
