package dev.agora.platform.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Tables the platform brings into a service's database (the messaging tables, the idempotent requests): created and
 * evolved from the platform's own migrations, with a history table of their own, so that they version apart from the
 * service's migrations (ADR 0009). Made after the service's migrations have run.
 */
public abstract class PlatformSchema {

    /**
     * Migrates {@code location} into the service's database, recording it in {@code historyTable}.
     *
     * @param location the platform's migrations, as {@code classpath:db/<name>}
     */
    protected PlatformSchema(DataSource dataSource, String location, String historyTable) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                // The service's tables are there already: this history starts empty beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
