package dev.agora.storefront.application;

import dev.agora.storefront.adapter.out.persistence.JdbcCarts;
import dev.agora.storefront.domain.Carts;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

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

    static Carts carts(DataSource database) {
        return new JdbcCarts(
                JdbcClient.create(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)),
                Clock.systemUTC());
    }
}
