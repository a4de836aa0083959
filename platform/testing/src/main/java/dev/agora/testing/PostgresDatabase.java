package dev.agora.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database on the real PostgreSQL server for one test class, dropped afterwards. Register it as a static
 * {@code @RegisterExtension} field. The server is {@code AGORA_TEST_POSTGRES_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/postgres, user postgres). When it cannot be reached the tests are skipped with the
 * reason printed, except under {@code CI=true}, where they fail: CI must prove them.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback, SpringFixture {

    private final String server;
    private final String user;
    private final String password;
    private final String name;

    public PostgresDatabase(String purpose) {
        this.server = env("AGORA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        this.user = env("AGORA_TEST_POSTGRES_USER", "postgres");
        this.password = env("AGORA_TEST_POSTGRES_PASSWORD", "");
        this.name = "agora_test_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (Connection admin = DriverManager.getConnection(server, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException unreachable) {
            Unreachable.skipOrFail(
                    context,
                    "PostgreSQL is not reachable at " + server + " (" + unreachable.getMessage() + ")",
                    unreachable,
                    "Start PostgreSQL (see README) to run these tests.");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (Connection admin = DriverManager.getConnection(server, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.out.println("WARNING: could not drop the test database " + name + " (" + e.getMessage()
                    + "); drop it by hand if it stays.");
        }
    }

    /** The properties that make a service use this database (given to a Spring test by {@link SpringFixtures}). */
    @Override
    public Map<String, String> properties() {
        return Map.of(
                "spring.datasource.url",
                url(),
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                password);
    }

    public String url() {
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
