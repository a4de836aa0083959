package dev.agora.platform.messaging;

import dev.agora.platform.schema.PlatformSchema;
import javax.sql.DataSource;

/** The outbox and inbox tables (db/messaging) in the service's database, after the service's migrations (ADR 0009). */
public class MessagingSchema extends PlatformSchema {

    static final String HISTORY_TABLE = "messaging_schema_history";

    public MessagingSchema(DataSource dataSource) {
        super(dataSource, "classpath:db/messaging", HISTORY_TABLE);
    }
}
