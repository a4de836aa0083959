package dev.agora.platform.idempotency;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The idempotency contract on the embedded H2 database every service runs on by default. */
class IdempotentRequestsOnH2IT extends IdempotentRequestsContract {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:idempotency;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }
}
