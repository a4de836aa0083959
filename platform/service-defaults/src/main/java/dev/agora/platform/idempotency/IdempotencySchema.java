package dev.agora.platform.idempotency;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the {@code idempotent_requests} table (db/idempotency) in the service's database, with its own
 * history table, so that it versions apart from the service's own migrations, as the messaging tables do (ADR 0009).
 * Runs after the service's migrations.
 */
public class IdempotencySchema {

    static final String HISTORY_TABLE = "idempotency_schema_history";

    public IdempotencySchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/idempotency")
                .table(HISTORY_TABLE)
                // The service's tables are there already: this history starts empty beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
