package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.launcher.LaunchFailure;
import dev.agora.launcher.PostgresServer;
import dev.agora.launcher.ServiceTable;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.Unreachable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./agora up --postgres}: every service that keeps data on the real PostgreSQL, in a database of its own that
 * the launcher creates (dropped first here, so that the run starts from nothing, as a first start would). The seeded
 * catalogue, accounts and stock are there, and a checkout through the gateway ends confirmed, each service's part of it
 * in its own database.
 */
class PostgresPlatformIT {

    static final PostgresServer SERVER = PostgresServer.fromEnvironment("agora_system_");

    /** Seeded with stock; the only order placed on this platform. */
    static final String TEA_TOWELS = "323efabc-cc23-5a4a-80a4-3e9bda47539f";

    static RunningPlatform platform;

    @BeforeAll
    static void startOnPostgres() {
        try {
            SERVER.dropDatabases();
        } catch (LaunchFailure unreachable) {
            Unreachable.skipOrFail(
                    "PostgresPlatformIT",
                    unreachable.getMessage(),
                    unreachable,
                    "Start PostgreSQL (see README) to run it.");
        }
        platform = RunningPlatform.startOn(SERVER);
    }

    @AfterAll
    static void stopAndDrop() {
        if (platform != null) {
            platform.close();
            SERVER.dropDatabases();
        }
    }

    @Test
    void a_checkout_through_the_gateway_is_kept_in_each_services_own_database() throws SQLException {
        ApiClient gateway = platform.gateway();
        assertThat(gateway.get("/api/products?size=3").json().path("totalItems").asInt())
                .as("the seeded catalogue")
                .isGreaterThanOrEqualTo(50);
        String alice = platform.signIn("alice");

        Response placed = platform.placeOrder(alice, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_ok");

        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String id = placed.json().path("id").asString();
        JsonNode order = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> gateway.get("/api/orders/" + id, "Authorization", "Bearer " + alice)
                                .json(),
                        found -> !found.path("status").asString().equals("PENDING"));
        assertThat(order.path("status").asString()).as(order.toString()).isEqualTo("CONFIRMED");
        assertThat(rows("orders", "SELECT count(*) FROM order_streams WHERE order_id = ?", id))
                .isOne();
        assertThat(rows("inventory", "SELECT count(*) FROM reservations WHERE order_id = ?", id))
                .isOne();
        assertThat(rows("payments", "SELECT count(*) FROM payments WHERE order_id = ? AND status = 'AUTHORIZED'", id))
                .isOne();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                rows("notifications", "SELECT count(*) FROM notifications WHERE order_id = ?", id))
                        .isOne());
        assertThat(rows("identity", "SELECT count(*) FROM accounts WHERE email = ?", "alice@agora.test"))
                .isOne();
    }

    /** What {@code query}, given {@code id}, counts in the database of {@code service} on the server. */
    static int rows(String service, String query, String id) throws SQLException {
        String database = SERVER.database(ServiceTable.named(service));
        try (Connection connection =
                        DriverManager.getConnection(SERVER.urlOf(database), SERVER.user(), SERVER.password());
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, id.contains("@") ? id : UUID.fromString(id));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
