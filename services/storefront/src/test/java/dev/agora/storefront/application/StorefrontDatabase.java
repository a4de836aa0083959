package dev.agora.storefront.application;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database of its own for one test: H2 in memory, with the storefront's migrations. */
final class StorefrontDatabase {

    private StorefrontDatabase() {}

    static DataSource migrated() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:storefront-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure().dataSource(database).load().migrate();
        return database;
    }
}
