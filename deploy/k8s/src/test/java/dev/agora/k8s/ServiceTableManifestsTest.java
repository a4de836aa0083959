package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.agora.k8s.ManifestPolicyTest.Rendered;
import dev.agora.launcher.Service;
import dev.agora.launcher.ServiceTable;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests against the launcher's service table: every service declared there has in Kubernetes what it has on
 * a laptop (its Deployment and Service on the same ports, a disruption budget, a network policy that lets exactly its
 * declared calls through, its database), and the gateway's Kubernetes routes are the table's. A missing piece fails
 * with the service's name.
 */
class ServiceTableManifestsTest {

    private static final Path GATEWAY_CONFIGURATION =
            Kustomize.ROOT.resolve("../../services/gateway/src/main/resources/application.yml");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void every_service_of_the_table_has_its_deployment_service_budget_and_policy(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        List<String> missing = new ArrayList<>();
        for (Service service : ServiceTable.SERVICES) {
            String name = service.name();
            Deployment deployment = rendered.deployments().stream()
                    .filter(d -> d.getMetadata().getName().equals(name))
                    .findFirst()
                    .orElse(null);
            if (deployment == null) {
                missing.add(name + ": no Deployment " + name);
                continue;
            }
            Map<String, Integer> ports = containerPorts(deployment);
            expectPort(missing, name, ports, "http", service.port());
            if (service.hasGrpc()) {
                expectPort(missing, name, ports, "grpc", service.grpcPort());
            }
            if (service.managementPort() != 0) {
                expectPort(missing, name, ports, "management", service.managementPort());
            }
            boolean exposed = rendered.read("Service", io.fabric8.kubernetes.api.model.Service.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(name))
                    .flatMap(s -> s.getSpec().getPorts().stream())
                    .anyMatch(port -> port.getPort() == service.port());
            if (!exposed) {
                missing.add(name + ": no Service " + name + " on port " + service.port());
            }
            Map<String, String> labels = podLabels(deployment);
            if (rendered.read("PodDisruptionBudget", PodDisruptionBudget.class).stream()
                    .noneMatch(budget -> PodPolicy.selects(budget.getSpec().getSelector(), labels))) {
                missing.add(name + ": no PodDisruptionBudget covers its pods");
            }
            if (policyOf(rendered, name) == null) {
                missing.add(name + ": no NetworkPolicy " + name + " selects its pods");
            }
        }
        assertThat(missing)
                .as("what the table declares and " + directory + " lacks")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void the_network_policies_let_every_declared_call_through_both_ways(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        List<String> blocked = new ArrayList<>();
        for (Service caller : ServiceTable.SERVICES) {
            for (Service called : ServiceTable.calledBy(caller)) {
                int port = caller.kind().callsOverHttp() ? called.port() : called.grpcPort();
                String call = caller.name() + " -> " + called.name() + ":" + port;
                Deployment callerDeployment = rendered.deployment(caller.name());
                Deployment calledDeployment = rendered.deployment(called.name());
                Map<String, String> callerPods = podLabels(callerDeployment);
                Map<String, String> calledPods = podLabels(calledDeployment);
                Map<String, Integer> calledPorts = containerPorts(calledDeployment);
                NetworkPolicy ingress = policyOf(rendered, called.name());
                NetworkPolicy egress = policyOf(rendered, caller.name());
                if (ingress == null
                        || ingress.getSpec().getIngress().stream()
                                .noneMatch(rule ->
                                        allows(rule.getFrom(), rule.getPorts(), callerPods, calledPorts, port))) {
                    blocked.add(call + ": " + called.name() + "'s NetworkPolicy does not let it in");
                }
                if (egress == null
                        || egress.getSpec().getEgress().stream()
                                .noneMatch(
                                        rule -> allows(rule.getTo(), rule.getPorts(), calledPods, calledPorts, port))) {
                    blocked.add(call + ": " + caller.name() + "'s NetworkPolicy does not let it out");
                }
            }
        }
        assertThat(blocked)
                .as("calls of the table that " + directory + " blocks")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void every_service_that_keeps_data_has_its_database(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        List<String> clusters = rendered.ofKind("Cluster").stream()
                .map(cluster -> cluster.path("metadata").path("name").asText())
                .toList();
        for (Service service : ServiceTable.SERVICES) {
            if (service.keepsData()) {
                assertThat(clusters)
                        .as(service.name() + "'s CloudNativePG Cluster")
                        .contains(service.name() + "-db");
            } else {
                assertThat(clusters).as(service.name() + " keeps no data").doesNotContain(service.name() + "-db");
            }
        }
    }

    /**
     * What operators make for one service (its database, its topics, its scaling on lag) is in that service's own file
     * of the base, beside its Deployment: a new service brings its whole footprint in one file.
     */
    @Test
    void each_service_brings_its_database_topics_and_scaler_in_its_own_file() throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (Service service : ServiceTable.SERVICES) {
            Path file = Kustomize.ROOT.resolve("base").resolve(service.name() + ".yaml");
            List<String> clusters = new ArrayList<>();
            List<String> topics = new ArrayList<>();
            List<String> scaled = new ArrayList<>();
            try (MappingIterator<JsonNode> documents =
                    Kustomize.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                for (JsonNode document : documents.readAll()) {
                    switch (document.path("kind").asText()) {
                        case "Cluster" ->
                            clusters.add(document.path("metadata").path("name").asText());
                        case "KafkaTopic" ->
                            topics.add(document.path("spec").path("topicName").asText());
                        case "ScaledObject" ->
                            scaled.add(document.path("spec")
                                    .path("scaleTargetRef")
                                    .path("name")
                                    .asText());
                        default -> {}
                    }
                }
            }
            List<String> ownTopics = ServiceTable.topics().keySet().stream()
                    .filter(topic -> service.owns().contains(topic.replaceFirst("\\.DLT$", "")))
                    .toList();
            expect(
                    misplaced,
                    service.name() + "'s Cluster",
                    clusters,
                    service.keepsData() ? List.of(service.name() + "-db") : List.of());
            expect(misplaced, service.name() + "'s KafkaTopics", topics, ownTopics);
            expect(
                    misplaced,
                    service.name() + "'s ScaledObject",
                    scaled,
                    // One that runs once (identity) is not scaled, on lag or otherwise.
                    service.consumes().isEmpty() || !service.isScalable() ? List.of() : List.of(service.name()));
        }
        assertThat(misplaced).as("in each service's file of deploy/k8s/base").isEmpty();
    }

    private static void expect(List<String> misplaced, String what, List<String> found, List<String> expected) {
        if (!found.stream().sorted().toList().equals(expected.stream().sorted().toList())) {
            misplaced.add(what + ": " + found + ", expected " + expected);
        }
    }

    @Test
    void in_kubernetes_the_gateway_routes_what_the_table_routes_to_each_service_by_its_name() throws IOException {
        JsonNode gateway = kubernetesProfile().path("agora").path("gateway");

        List<String> expected = new ArrayList<>();
        Map<String, String> addresses = new TreeMap<>();
        for (Service service : ServiceTable.SERVICES) {
            for (Service.Route route : service.routes()) {
                expected.add(String.join(
                        " ",
                        route.id(),
                        service.name(),
                        String.join(",", route.paths()),
                        "stream=" + route.stream(),
                        "preserve-host=" + route.preserveHost(),
                        "call-policy=" + route.callPolicy()));
                addresses.put(service.name(), "http://" + service.name() + ":" + service.port());
            }
        }
        List<String> configured = new ArrayList<>();
        for (JsonNode route : gateway.path("routes")) {
            configured.add(String.join(
                    " ",
                    route.path("id").asText(),
                    route.path("service").asText(),
                    paths(route.path("paths")),
                    "stream=" + route.path("stream").asBoolean(false),
                    "preserve-host=" + route.path("preserve-host").asBoolean(false),
                    "call-policy=" + route.path("call-policy").asText(Service.Route.DEFAULT_CALL_POLICY)));
        }
        Map<String, String> configuredAddresses = new TreeMap<>();
        gateway.path("services")
                .properties()
                .forEach(entry ->
                        configuredAddresses.put(entry.getKey(), entry.getValue().asText()));
        assertThat(configured)
                .as("the kubernetes profile's agora.gateway.routes")
                .isEqualTo(expected);
        assertThat(configuredAddresses)
                .as("the kubernetes profile's agora.gateway.services")
                .isEqualTo(addresses);
    }

    private static JsonNode kubernetesProfile() throws IOException {
        try (MappingIterator<JsonNode> documents =
                Kustomize.YAML.readerFor(JsonNode.class).readValues(GATEWAY_CONFIGURATION.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                String profile = document.path("spring")
                        .path("config")
                        .path("activate")
                        .path("on-profile")
                        .asText();
                if (profile.equals("kubernetes")) {
                    return document;
                }
            }
        }
        throw new AssertionError("no kubernetes profile in " + GATEWAY_CONFIGURATION);
    }

    /** A YAML list or a comma-separated string, as Spring binds either. */
    private static String paths(JsonNode paths) {
        if (paths.isArray()) {
            List<String> each = new ArrayList<>();
            paths.forEach(path -> each.add(path.asText()));
            return String.join(",", each);
        }
        return paths.asText().replace(" ", "");
    }

    private static void expectPort(
            List<String> missing, String service, Map<String, Integer> ports, String name, int port) {
        if (!Objects.equals(ports.get(name), port)) {
            missing.add(service + ": container port '" + name + "' must be " + port + ", is " + ports.get(name));
        }
    }

    private static Map<String, Integer> containerPorts(Deployment deployment) {
        Map<String, Integer> ports = new TreeMap<>();
        for (var container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            for (ContainerPort port : container.getPorts()) {
                ports.put(port.getName(), port.getContainerPort());
            }
        }
        return ports;
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The service's own policy: named after it, selecting its pods. */
    private static NetworkPolicy policyOf(Rendered rendered, String service) {
        return rendered.networkPolicies().stream()
                .filter(policy -> policy.getMetadata().getName().equals(service))
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether a rule lets pods with these labels through to the called pods' port (peers in this namespace, by pod
     * labels; a port by number or by the name of the called container's port).
     */
    private static boolean allows(
            List<NetworkPolicyPeer> peers,
            List<NetworkPolicyPort> ports,
            Map<String, String> pods,
            Map<String, Integer> calledPorts,
            int port) {
        boolean peer = peers.stream()
                .map(NetworkPolicyPeer::getPodSelector)
                .filter(Objects::nonNull)
                .anyMatch((LabelSelector selector) -> PodPolicy.selects(selector, pods));
        boolean onPort = ports.isEmpty()
                || ports.stream()
                        .map(NetworkPolicyPort::getPort)
                        .filter(Objects::nonNull)
                        .anyMatch(given -> given.getIntVal() != null
                                ? given.getIntVal() == port
                                : Objects.equals(calledPorts.get(given.getStrVal()), port));
        return peer && onPort;
    }
}
