package dev.agora.platform.idempotency;

import dev.agora.platform.schema.PlatformSchema;
import javax.sql.DataSource;

/**
 * The {@code idempotent_requests} table (db/idempotency) in the service's database, after the service's migrations, as
 * the messaging tables (ADR 0009).
 */
public class IdempotencySchema extends PlatformSchema {

    static final String HISTORY_TABLE = "idempotency_schema_history";

    public IdempotencySchema(DataSource dataSource) {
        super(dataSource, "classpath:db/idempotency", HISTORY_TABLE);
    }
}
