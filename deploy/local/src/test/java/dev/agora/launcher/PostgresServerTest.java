package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void the_environment_says_where_the_server_is_and_each_database_keeps_its_parameters() {
        PostgresServer server = PostgresServer.fromEnvironment(
                Map.of(
                        "AGORA_POSTGRES_URL", "jdbc:postgresql://db.example:5433/admin?sslmode=require",
                        "AGORA_POSTGRES_USER", "agora"),
                "agora_");

        assertThat(server.urlOf("agora_orders"))
                .isEqualTo("jdbc:postgresql://db.example:5433/agora_orders?sslmode=require");
        assertThat(server.user()).isEqualTo("agora");
        assertThat(server.database(ServiceTable.named("orders"))).isEqualTo("agora_orders");
        assertThat(server.argumentsOf(ServiceTable.named("orders"), 1))
                .as("the password stays a placeholder, resolved by the service from its environment")
                .contains("--spring.datasource.password=${AGORA_POSTGRES_PASSWORD:}");
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_with_an_example() {
        assertThatThrownBy(
                        () -> PostgresServer.fromEnvironment(Map.of("AGORA_POSTGRES_URL", "127.0.0.1:5432"), "agora_"))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @Test
    void a_server_that_does_not_answer_is_said_with_what_to_do() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free again once closed: nothing answers there
        }
        PostgresServer server = PostgresServer.fromEnvironment(
                Map.of("AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/postgres?connectTimeout=2"),
                "agora_");

        assertThatThrownBy(server::prepare)
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("PostgreSQL does not answer at jdbc:postgresql://127.0.0.1:" + closed)
                .hasMessageContaining("AGORA_POSTGRES_URL")
                .hasMessageContaining("without --postgres");
    }
}
