package dev.agora.platform.idempotency;

import dev.agora.testing.PostgresDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The idempotency contract on the real PostgreSQL that production runs on. */
class IdempotentRequestsOnPostgresIT extends IdempotentRequestsContract {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("idempotency");

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password());
    }
}
