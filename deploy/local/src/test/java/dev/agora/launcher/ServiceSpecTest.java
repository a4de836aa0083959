package dev.agora.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    @Test
    void an_argument_replaces_the_one_for_the_same_property_and_keeps_the_others() {
        ServiceSpec catalog = new ServiceSpec(
                "catalog", 8081, 8081, List.of("--server.port=8081", "--agora.security.issuer=http://a"));

        ServiceSpec changed = catalog.withArgument("agora.security.issuer", "http://b")
                .withArgument("agora.security.audience", "other");

        assertThat(changed.arguments())
                .containsExactly(
                        "--server.port=8081", "--agora.security.issuer=http://b", "--agora.security.audience=other");
    }

    @Test
    void each_tool_is_its_own_kind_and_every_other_name_one_of_agoras_services() {
        assertThat(KafkaBroker.spec(9092, 9093).kind()).isSameAs(KafkaBroker.KIND);
        assertThat(ZipkinServer.spec(9411).kind()).isSameAs(ZipkinServer.KIND);
        assertThat(PrometheusServer.spec(9090).kind()).isSameAs(PrometheusServer.KIND);
        assertThat(new ServiceSpec("reviews", 8090, 8090, List.of()).kind()).isSameAs(AgoraService.KIND);
    }

    @Test
    void only_what_keeps_nothing_is_killed_to_stop_the_others_are_asked_to_flush_and_stop() {
        assertThat(ZipkinServer.KIND.isStoppedByKill()).isTrue();
        assertThat(KafkaBroker.KIND.isStoppedByKill()).isFalse();
        assertThat(PrometheusServer.KIND.isStoppedByKill()).isFalse();
        assertThat(AgoraService.KIND.isStoppedByKill()).isFalse();
    }

    @Test
    void each_kind_says_where_it_is_found_and_how_it_is_told_ready() {
        ServiceSpec gateway = new ServiceSpec("gateway", 8080, 8180, List.of());
        assertThat(gateway.address()).isEqualTo("http://127.0.0.1:8080");
        assertThat(gateway.readinessCheck()).isEqualTo("http://127.0.0.1:8180/actuator/health/readiness");
        assertThat(KafkaBroker.spec(9092, 9093).address()).isEqualTo("kafka://127.0.0.1:9092");
        assertThat(KafkaBroker.spec(9092, 9093).readinessCheck()).isEqualTo("cluster metadata on 127.0.0.1:9092");
        assertThat(ZipkinServer.spec(9411).address()).isEqualTo("http://127.0.0.1:9411/zipkin/");
        assertThat(PrometheusServer.spec(9090).readinessCheck()).isEqualTo("http://127.0.0.1:9090/-/ready");
    }

    @Test
    void zipkin_runs_like_a_service_from_its_unpacked_jar_with_its_aot_cache_and_trains_on_no_real_port() {
        ServiceSpec zipkin = ZipkinServer.spec(9411);
        Path unpacked = Path.of("/agora/app/zipkin/0123/zipkin-server.jar");
        Path cache = unpacked.resolveSibling("app.c1.aot");

        Home home = new Home(Path.of("/agora"), Path.of("/agora/.agora"));
        List<String> command = ZipkinServer.KIND.command(home, zipkin, new ProcessKind.Prepared(unpacked, cache));

        assertThat(zipkin.kind().isPrepared()).isTrue();
        assertThat(command)
                .containsSequence(ZipkinServer.JVM_OPTIONS)
                .containsSequence("-XX:AOTCache=" + cache, "-jar", unpacked.toString())
                .contains("--armeria.ports[0].port=9411", "--armeria.ports[0].ip=127.0.0.1");
        assertThat(zipkin.kind().trainingArguments(zipkin, Path.of("/scratch")))
                .contains("--armeria.ports[0].port=0")
                .noneMatch(argument -> argument.contains("9411"));
    }

    @Test
    void a_process_is_recognised_by_its_marker_and_prometheus_by_its_configuration_file() {
        ServiceSpec catalog = new ServiceSpec("catalog", 2, 8091, 8091, List.of());
        assertThat(catalog.kind().runs(catalog, "java -Dagora.service=catalog#2 -jar catalog.jar"))
                .isTrue();
        assertThat(catalog.kind().runs(catalog, "java -Dagora.service=catalog -jar catalog.jar"))
                .isFalse();
        ServiceSpec prometheus = PrometheusServer.spec(9090);
        assertThat(prometheus.kind().runs(prometheus, "/usr/bin/prometheus --config.file=/x/agora-prometheus.yml"))
                .isTrue();
    }
}
