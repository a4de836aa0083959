package dev.agora.platform.messaging;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the outbox and inbox tables (db/messaging) in the service's database, with their own history
 * table, so that they version apart from the service's own migrations (ADR 0009). Runs after the service's migrations.
 */
public class MessagingSchema {

    static final String HISTORY_TABLE = "messaging_schema_history";

    public MessagingSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/messaging")
                .table(HISTORY_TABLE)
                // The service's tables are there already: this history starts empty beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
