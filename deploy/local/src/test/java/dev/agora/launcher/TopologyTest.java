package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyTest {

    @TempDir
    Path state;

    @Test
    void a_second_instance_takes_the_ports_of_the_first_plus_100_and_shares_its_database() {
        List<ServiceSpec> services = Topology.services(home(), 0, Scale.parse("catalog=2"));

        ServiceSpec second = find(services, "catalog#2");
        assertThat(second.port()).isEqualTo(8181);
        assertThat(second.arguments())
                .contains("--server.port=8181", "--spring.grpc.server.port=9181", "--agora.data-shared=TRUE");
        assertThat(find(services, "catalog").arguments()).contains("--agora.data-shared=TRUE");
        assertThat(find(services, "inventory").arguments()).doesNotContain("--agora.data-shared=TRUE");
    }

    @Test
    void on_postgres_each_service_with_data_gets_its_own_database_shared_by_its_instances() {
        PostgresServer server = PostgresServer.fromEnvironment(Map.of(), "agora_");
        List<ServiceSpec> services = Topology.services(home(), 0, Scale.parse("catalog=2"), false, server);

        for (String id : List.of(
                "identity", "catalog", "catalog#2", "users", "inventory", "payments", "orders", "notifications")) {
            String name = find(services, id).name();
            assertThat(find(services, id).arguments())
                    .as(id)
                    .contains(
                            "--spring.profiles.active=dev,chaos,postgres",
                            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/agora_" + name,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=${AGORA_POSTGRES_PASSWORD:}")
                    .doesNotContain("--agora.data-shared=TRUE");
        }
        assertThat(find(services, "gateway").arguments())
                .noneMatch(argument -> argument.startsWith("--spring.datasource."));
        assertThat(find(Topology.services(home(), 0), "orders").arguments())
                .contains("--spring.profiles.active=dev,chaos")
                .noneMatch(argument -> argument.startsWith("--spring.datasource."));
    }

    @Test
    void identity_sends_browsers_back_only_to_the_shop_at_the_gateways_port() {
        assertThat(find(Topology.services(home(), 10_000), "identity").arguments())
                .contains(
                        "--agora.identity.storefront-client.redirect-uris=http://127.0.0.1:18080/sign-in/callback",
                        "--agora.identity.storefront-client.post-logout-redirect-uris=http://127.0.0.1:18080/");
        assertThat(find(Topology.services(home(), 0), "storefront").arguments())
                .contains("--agora.storefront.services.identity=http://127.0.0.1:9000");
    }

    @Test
    void callers_are_given_every_instance_of_what_they_call() {
        List<ServiceSpec> services = Topology.services(home(), 0, Scale.parse("catalog=2,orders=2"));

        assertThat(find(services, "gateway").arguments())
                .contains(
                        "--agora.gateway.services.catalog=lb://catalog",
                        "--spring.cloud.discovery.client.simple.instances.catalog[0].uri=http://127.0.0.1:8081",
                        "--spring.cloud.discovery.client.simple.instances.catalog[1].uri=http://127.0.0.1:8181",
                        "--spring.cloud.discovery.client.simple.instances.orders[1].uri=http://127.0.0.1:8183");
        for (String orders : List.of("orders", "orders#2")) {
            assertThat(find(services, orders).arguments())
                    .contains(
                            "--spring.grpc.client.channels.catalog.address=discovery:///catalog",
                            "--spring.cloud.discovery.client.simple.instances.catalog[0].uri=grpc://127.0.0.1:9081",
                            "--spring.cloud.discovery.client.simple.instances.catalog[1].uri=grpc://127.0.0.1:9181");
        }
    }

    @Test
    void the_gateway_is_given_every_public_route_of_the_table_in_its_order() {
        List<String> gateway = find(Topology.services(home(), 0), "gateway").arguments();

        assertThat(gateway)
                .contains(
                        "--agora.gateway.services.identity=http://127.0.0.1:9000",
                        "--agora.gateway.routes[0].id=identity",
                        "--agora.gateway.routes[0].service=identity",
                        "--agora.gateway.routes[0].preserve-host=true",
                        "--agora.gateway.routes[0].call-policy=identity-route",
                        "--agora.gateway.routes[1].id=reviews",
                        "--agora.gateway.routes[1].paths=/api/products/*/reviews,/api/reviews/**",
                        "--agora.gateway.routes[2].id=catalog",
                        "--agora.gateway.routes[2].paths=/api/products,/api/products/**,/api/categories,/api/categories/**",
                        "--agora.gateway.routes[3].id=users",
                        "--agora.gateway.routes[3].paths=/api/users,/api/users/**,/api/erasures,/api/erasures/**",
                        "--agora.gateway.routes[7].id=notifications-stream",
                        "--agora.gateway.routes[7].service=notifications",
                        "--agora.gateway.routes[7].stream=true",
                        "--agora.gateway.routes[8].id=notifications");
        long routes = ServiceTable.SERVICES.stream()
                .mapToLong(service -> service.routes().size())
                .sum();
        assertThat(gateway.stream().filter(argument -> argument.matches("--agora\\.gateway\\.routes\\[\\d+]\\.id=.*")))
                .hasSize((int) routes);
        assertThat(gateway)
                .noneMatch(argument -> argument.contains("routes[2].stream")
                        || argument.contains("routes[2].preserve-host")
                        || argument.contains("routes[2].call-policy"));
        assertThat(find(Topology.services(home(), 0), "catalog").arguments())
                .noneMatch(argument -> argument.startsWith("--agora.gateway."));
    }

    @Test
    void only_the_services_with_topics_are_given_the_broker() {
        List<ServiceSpec> services = Topology.services(home(), 0);

        assertThat(find(services, "orders").arguments()).contains("--spring.kafka.bootstrap-servers=127.0.0.1:9092");
        assertThat(find(services, "catalog").arguments())
                .as("it reads the ratings")
                .contains("--spring.kafka.bootstrap-servers=127.0.0.1:9092");
        assertThat(find(services, "storefront").arguments())
                .noneMatch(argument -> argument.startsWith("--spring.kafka.bootstrap-servers"));
        assertThat(find(services, "notifications").arguments())
                .contains("--agora.notifications.mail-dir=" + home().mail());
    }

    @Test
    void every_service_sends_its_spans_to_the_zipkin_started_first() {
        List<ServiceSpec> services = Topology.services(home(), 0, Scale.NONE);

        assertThat(services.getFirst().name()).isEqualTo(ZipkinServer.NAME);
        assertThat(services.getFirst().port()).isEqualTo(9411);
        assertThat(services.stream().filter(ServiceSpec::isAgoraService))
                .allSatisfy(service -> assertThat(service.arguments())
                        .contains(
                                "--management.tracing.export.zipkin.enabled=true",
                                "--management.tracing.export.zipkin.endpoint=http://127.0.0.1:9411/api/v2/spans"));
        assertThat(services).noneMatch(service -> service.name().equals(PrometheusServer.NAME));
    }

    @Test
    void prometheus_comes_last_when_asked_for_and_lists_every_instance_down_ones_too() throws Exception {
        List<ServiceSpec> services = Topology.services(home(), 0, Scale.parse("catalog=2"), true);

        assertThat(services.getLast().name()).isEqualTo(PrometheusServer.NAME);
        assertThat(services.getLast().port()).isEqualTo(9090);
        PrometheusServer.writeTargets(home(), services);
        String targets = java.nio.file.Files.readString(PrometheusServer.targets(home()));
        assertThat(targets)
                .contains(
                        "{\"targets\": [\"127.0.0.1:8181\"], \"labels\": {\"service\": \"catalog\", \"instance\": \"catalog#2\"}}")
                .contains("127.0.0.1:9080") // the gateway's management port, where its metrics are
                .doesNotContain("9411", "9092", "9090");
    }

    @Test
    void no_two_instances_share_a_port() {
        List<ServiceSpec> services = Topology.services(
                home(), 0, Scale.parse("catalog=3,users=3,inventory=3,orders=3,payments=3,notifications=3,gateway=3"));

        List<Integer> ports =
                services.stream().flatMap(service -> service.ports().stream()).toList();
        List<Integer> grpcPorts = services.stream()
                .flatMap(service -> service.arguments().stream())
                .filter(argument -> argument.startsWith("--spring.grpc.server.port="))
                .map(argument -> Integer.parseInt(argument.substring(argument.indexOf('=') + 1)))
                .toList();
        assertThat(ports).doesNotHaveDuplicates().doesNotContainAnyElementsOf(grpcPorts);
    }

    @Test
    void refuses_to_scale_what_runs_once_and_counts_it_cannot_run() {
        assertThatThrownBy(() -> Scale.parse("identity=2")).hasMessageContaining("identity keeps sign-in sessions");
        assertThatThrownBy(() -> Scale.parse("kafka=2")).hasMessageContaining("cannot scale 'kafka'");
        assertThatThrownBy(() -> Scale.parse("ratings=2")).hasMessageContaining("there is no service 'ratings'");
        assertThatThrownBy(() -> Scale.parse("catalog=4")).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> Scale.parse("catalog")).hasMessageContaining("service=count");
        assertThat(Scale.parse("").of("catalog")).isEqualTo(1);
    }

    private Home home() {
        return new Home(state, state.resolve(".agora"));
    }

    private static ServiceSpec find(List<ServiceSpec> services, String id) {
        return services.stream()
                .filter(service -> service.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
