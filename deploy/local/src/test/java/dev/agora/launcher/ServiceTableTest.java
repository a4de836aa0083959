package dev.agora.launcher;

import static dev.agora.launcher.Service.Kind.DOMAIN;
import static dev.agora.launcher.Service.Kind.EDGE;
import static dev.agora.launcher.Service.declare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.Service.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTableTest {

    @Test
    void every_topic_is_owned_and_every_consumed_one_has_its_dead_letter_topic() {
        assertThat(ServiceTable.topics())
                .containsOnlyKeys(
                        "identity.events.v1",
                        "identity.events.v1.DLT",
                        "orders.events.v1",
                        "orders.events.v1.DLT",
                        "inventory.commands.v1",
                        "inventory.commands.v1.DLT",
                        "inventory.events.v1",
                        "inventory.events.v1.DLT",
                        "payments.commands.v1",
                        "payments.commands.v1.DLT",
                        "payments.events.v1",
                        "payments.events.v1.DLT",
                        "users.events.v1",
                        "users.events.v1.DLT",
                        "notifications.events.v1",
                        "notifications.events.v1.DLT",
                        "reviews.events.v1",
                        "reviews.events.v1.DLT")
                .allSatisfy((topic, partitions) -> assertThat(partitions).isEqualTo(3));
    }

    @Test
    void the_edge_calls_every_service_with_public_routes_and_nothing_calls_the_edge() {
        Service gateway = ServiceTable.named("gateway");

        assertThat(ServiceTable.calledBy(gateway))
                .extracting(Service::name)
                .containsExactly(
                        "identity",
                        "reviews",
                        "catalog",
                        "users",
                        "inventory",
                        "payments",
                        "orders",
                        "notifications",
                        "storefront",
                        "mobile-bff");
        assertThat(ServiceTable.SERVICES)
                .allSatisfy(
                        service -> assertThat(ServiceTable.calledBy(service)).doesNotContain(gateway));
    }

    @Test
    void route_ids_are_unique_and_a_route_without_one_takes_its_service_name() {
        List<String> ids = ServiceTable.SERVICES.stream()
                .flatMap(service -> service.routes().stream())
                .map(Route::id)
                .toList();

        assertThat(ids).doesNotHaveDuplicates().contains("catalog", "notifications", "notifications-stream");
    }

    @Test
    void a_service_declared_before_what_it_calls_is_refused_with_both_names() {
        List<Service> table = List.of(
                declare(DOMAIN, "orders", 8083).calling("catalog").declared(),
                declare(DOMAIN, "catalog", 8081).grpcPort(9081).declared());

        assertThatThrownBy(() -> ServiceTable.check(table))
                .hasMessage("orders calls catalog, which must come before it in the table");
    }

    @Test
    void a_service_calling_one_without_grpc_or_one_not_declared_is_refused() {
        assertThatThrownBy(() -> ServiceTable.check(List.of(
                        declare(DOMAIN, "catalog", 8081).declared(),
                        declare(DOMAIN, "orders", 8083).calling("catalog").declared())))
                .hasMessageContaining("orders calls catalog, which has no gRPC port");
        assertThatThrownBy(() -> ServiceTable.check(List.of(
                        declare(DOMAIN, "orders", 8083).calling("reviews").declared())))
                .hasMessage("orders calls reviews, which is not declared");
    }

    @Test
    void a_topic_consumed_but_owned_by_no_service_is_refused() {
        List<Service> table = List.of(
                declare(DOMAIN, "notifications", 8085)
                        .consuming("reviews.events.v1")
                        .declared(),
                declare(EDGE, "gateway", 8080).declared());

        assertThatThrownBy(() -> ServiceTable.check(table))
                .hasMessage("topic reviews.events.v1 is consumed but owned by no service");
    }

    @Test
    void a_service_declared_twice_is_refused() {
        assertThatThrownBy(() -> ServiceTable.check(List.of(
                        declare(DOMAIN, "catalog", 8081).declared(),
                        declare(DOMAIN, "catalog", 8091).declared())))
                .hasMessage("catalog is declared twice");
    }
}
