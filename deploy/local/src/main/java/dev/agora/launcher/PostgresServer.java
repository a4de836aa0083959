package dev.agora.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL server that holds a database for each service that keeps data ({@code agora_orders}, ...), created
 * when missing and kept from one start to the next, as the H2 files are. {@code ./agora up --postgres} finds it in the
 * environment: {@code AGORA_POSTGRES_URL} (any database of the server, for the launcher to connect to; by default
 * jdbc:postgresql://127.0.0.1:5432/postgres), {@code AGORA_POSTGRES_USER} (postgres) and {@code
 * AGORA_POSTGRES_PASSWORD} (none). The services are given the password as a placeholder of that variable, which they
 * inherit, so that it never shows on a command line.
 */
public final class PostgresServer implements Storage {

    private static final String PROFILE = "postgres";

    private static final String SCHEME = "jdbc:postgresql://";

    private static final String PASSWORD_VARIABLE = "AGORA_POSTGRES_PASSWORD";

    private final String url;
    private final String user;
    private final String password;
    private final String databasePrefix;

    /**
     * @param url the JDBC URL of any database of the server
     * @param databasePrefix what each service's database is named with, before the service's name
     */
    PostgresServer(String url, String user, String password, String databasePrefix) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.databasePrefix = databasePrefix;
        if (!url.startsWith(SCHEME) || url.lastIndexOf('/') < SCHEME.length()) {
            throw new LaunchFailure("AGORA_POSTGRES_URL must be a PostgreSQL JDBC URL naming a database, such as "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres, not '" + url + "'.");
        }
    }

    /** The server the environment names, its databases named {@code <databasePrefix><service>}. */
    public static PostgresServer fromEnvironment(String databasePrefix) {
        return fromEnvironment(System.getenv(), databasePrefix);
    }

    static PostgresServer fromEnvironment(Map<String, String> environment, String databasePrefix) {
        return new PostgresServer(
                value(environment, "AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                value(environment, "AGORA_POSTGRES_USER", "postgres"),
                value(environment, PASSWORD_VARIABLE, ""),
                databasePrefix);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String database(Service service) {
        return databasePrefix + service.name();
    }

    /** The JDBC URL of {@code database} on this server, with whatever parameters {@link #url} has. */
    public String urlOf(String database) {
        int path = url.indexOf('/', SCHEME.length());
        int parameters = url.indexOf('?', path);
        return url.substring(0, path + 1) + database + (parameters < 0 ? "" : url.substring(parameters));
    }

    @Override
    public List<String> argumentsOf(Service service, int instances) {
        // Instances of one service share its database, which the server serves to all of them.
        return List.of(
                "--spring.datasource.url=" + urlOf(database(service)),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=${" + PASSWORD_VARIABLE + ":}");
    }

    @Override
    public List<String> profiles() {
        return List.of(PROFILE);
    }

    /** Creates the database of every service that keeps data and has none yet. */
    @Override
    public void prepare() {
        inSession(statement -> {
            for (Service service : servicesWithData()) {
                String database = database(service);
                try (PreparedStatement exists =
                        statement.getConnection().prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet found = exists.executeQuery()) {
                        if (!found.next()) {
                            statement.execute("CREATE DATABASE " + quoted(database));
                        }
                    }
                }
            }
        });
    }

    /** Drops the database of every service that keeps data, to start afresh (with nothing of Agora running). */
    public void dropDatabases() {
        inSession(statement -> {
            for (Service service : servicesWithData()) {
                statement.execute("DROP DATABASE IF EXISTS " + quoted(database(service)) + " WITH (FORCE)");
            }
        });
    }

    private static List<Service> servicesWithData() {
        return ServiceTable.SERVICES.stream().filter(Service::keepsData).toList();
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private void inSession(Work work) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException unreachable) {
            throw new LaunchFailure("PostgreSQL does not answer at " + url + " as " + user + " ("
                    + unreachable.getMessage() + "). Start it, or say where it is with AGORA_POSTGRES_URL, "
                    + "AGORA_POSTGRES_USER and AGORA_POSTGRES_PASSWORD; without --postgres, Agora keeps its data "
                    + "in H2 files and needs no server.");
        }
        try (connection;
                Statement statement = connection.createStatement()) {
            work.on(statement);
        } catch (SQLException refused) {
            throw new LaunchFailure("PostgreSQL at " + url + " refused to create or drop Agora's databases ("
                    + refused.getMessage() + "): the user " + user + " must be allowed to create and drop databases.");
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String value(Map<String, String> environment, String name, String fallback) {
        return Optional.ofNullable(environment.get(name))
                .filter(value -> !value.isBlank())
                .orElse(fallback);
    }
}
