package dev.agora.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agora.launcher.Images;
import dev.agora.launcher.ServiceTable;
import dev.agora.launcher.Topology;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agora's own rules over what each directory renders: hardened pods, no secret values, objects that fit together. */
class ManifestPolicyTest {

    /** The services that own a database (all but the edge), each with its CloudNativePG cluster. */
    static final Set<String> DATA_OWNERS = ServiceTable.SERVICES.stream()
            .filter(dev.agora.launcher.Service::keepsData)
            .map(dev.agora.launcher.Service::name)
            .collect(Collectors.toSet());

    /** The services that consume Kafka, by the topics they consume (their group id is their name). */
    /** The services that scale on their consumers' lag: those that consume and may run more than once. */
    static final Map<String, Set<String>> CONSUMERS = ServiceTable.SERVICES.stream()
            .filter(service -> !service.consumes().isEmpty() && service.isScalable())
            .collect(Collectors.toMap(dev.agora.launcher.Service::name, service -> Set.copyOf(service.consumes())));

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/local"})
    void every_pod_is_hardened_probed_bounded_pinned_and_behind_a_network_policy(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        List<String> violations = new ArrayList<>();
        for (Deployment deployment : rendered.deployments()) {
            violations.addAll(PodPolicy.violations(deployment, rendered.networkPolicies()));
        }
        assertThat(rendered.deployments()).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_base_runs_the_images_that_the_images_workflow_publishes() {
        Rendered rendered = new Rendered(Kustomize.render("base"));

        for (String service : Images.SERVICES) {
            assertThat(containers(rendered.deployment(service)).map(Container::getImage))
                    .containsExactly(Images.publishedImageOf(
                            service, Kustomize.ROOT.resolve("../..").normalize()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/local"})
    void secrets_are_referred_to_never_written(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        assertThat(rendered.objects())
                .as("Secrets with values in the repository")
                .noneMatch(object -> object.path("kind").asText().equals("Secret"));
        for (Deployment deployment : rendered.deployments()) {
            for (EnvVar variable :
                    containers(deployment).flatMap(c -> c.getEnv().stream()).toList()) {
                if (variable.getName().matches(".*(PASSWORD|SECRET|TOKEN|APIKEY).*")) {
                    assertThat(variable.getValueFrom())
                            .as(deployment.getMetadata().getName() + " " + variable.getName() + " from a Secret")
                            .isNotNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
                }
            }
        }
        for (ObjectNode configMap : rendered.ofKind("ConfigMap")) {
            configMap
                    .path("data")
                    .fieldNames()
                    .forEachRemaining(key -> assertThat(key)
                            .as("a secret in ConfigMap "
                                    + configMap.path("metadata").path("name"))
                            .doesNotContainPattern("PASSWORD|SECRET|TOKEN|APIKEY"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "overlays/local"})
    void services_probes_and_autoscalers_point_at_what_exists(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        for (Service service : rendered.read("Service", Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            Deployment target = rendered.deployments().stream()
                    .filter(d -> d.getSpec()
                            .getTemplate()
                            .getMetadata()
                            .getLabels()
                            .entrySet()
                            .containsAll(selector.entrySet()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Service "
                            + service.getMetadata().getName() + " selects no Deployment's pods: " + selector));
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(portNames(target))
                        .as("Service " + service.getMetadata().getName() + " targets a named container port")
                        .contains(port.getTargetPort().getStrVal());
            }
        }
        for (Deployment deployment : rendered.deployments()) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (Probe probe : Stream.of(
                                container.getStartupProbe(),
                                container.getLivenessProbe(),
                                container.getReadinessProbe())
                        .filter(p -> p != null && p.getHttpGet() != null)
                        .toList()) {
                    IntOrString port = probe.getHttpGet().getPort();
                    assertThat(portNames(deployment))
                            .as(deployment.getMetadata().getName() + " probes a named port")
                            .contains(port.getStrVal());
                }
            }
        }
        Set<String> deploymentNames = names(rendered.deployments());
        for (HorizontalPodAutoscaler autoscaler :
                rendered.read("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(deploymentNames)
                    .contains(autoscaler.getSpec().getScaleTargetRef().getName());
            assertThat(autoscaler.getSpec().getMinReplicas())
                    .isLessThanOrEqualTo(autoscaler.getSpec().getMaxReplicas());
        }
        for (PodDisruptionBudget budget : rendered.read("PodDisruptionBudget", PodDisruptionBudget.class)) {
            assertThat(rendered.deployments())
                    .as("PodDisruptionBudget " + budget.getMetadata().getName() + " covers pods")
                    .anyMatch(d -> PodPolicy.selects(
                            budget.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void kafka_has_every_topic_the_services_use(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        Map<String, Integer> topics = new TreeMap<>();
        for (KafkaTopic topic : rendered.read("KafkaTopic", KafkaTopic.class)) {
            topics.put(topic.getSpec().getTopicName(), topic.getSpec().getPartitions());
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "agora");
        }
        assertThat(topics.keySet()).isEqualTo(Topology.topics().keySet());
        topics.forEach((topic, partitions) -> assertThat(partitions)
                .as(topic + " has as many partitions as locally, at least")
                .isGreaterThanOrEqualTo(Topology.topics().get(topic)));
        String bootstrap = rendered.ofKind("ConfigMap").stream()
                .filter(map -> map.path("metadata").path("name").asText().equals("agora-platform"))
                .map(map ->
                        map.path("data").path("SPRING_KAFKA_BOOTSTRAPSERVERS").asText())
                .findFirst()
                .orElseThrow();
        assertThat(bootstrap)
                .startsWith(rendered.ofKind("Kafka")
                                .getFirst()
                                .path("metadata")
                                .path("name")
                                .asText() + "-kafka-bootstrap:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void the_operators_pods_are_left_out_of_agoras_default_deny(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        // Strimzi copies app.kubernetes.io/part-of onto the pods it makes: with it, default-deny would isolate them.
        for (String kind : List.of("Kafka", "KafkaNodePool")) {
            for (ObjectNode object : rendered.ofKind(kind)) {
                assertThat(object.path("metadata").path("labels").has("app.kubernetes.io/part-of"))
                        .as(StrictModel.nameOf(object) + " has no part-of label")
                        .isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void production_has_no_demonstration_data_nor_development_accounts() {
        Map<String, Map<String, String>> prod = configMaps(new Rendered(Kustomize.render("overlays/prod")));
        Map<String, Map<String, String>> dev = configMaps(new Rendered(Kustomize.render("overlays/dev")));

        for (String service : List.of("catalog", "inventory")) {
            assertThat(prod.get(service).get("SPRING_FLYWAY_LOCATIONS")).isEqualTo("classpath:db/migration");
            assertThat(dev.get(service).get("SPRING_FLYWAY_LOCATIONS")).contains("classpath:db/seed");
        }
        assertThat(prod.get("identity").get("SPRING_PROFILES_ACTIVE"))
                .contains("prod")
                .doesNotContain("dev");
        assertThat(dev.get("identity").get("SPRING_PROFILES_ACTIVE"))
                .contains("dev")
                .doesNotContain("prod");
    }

    @org.junit.jupiter.api.Test
    void production_selects_no_development_stand_in() {
        Rendered rendered = new Rendered(Kustomize.render("overlays/prod"));
        Map<String, Map<String, String>> configMaps = configMaps(rendered);

        List<String> violations = new ArrayList<>();
        for (Deployment deployment : rendered.deployments()) {
            violations.addAll(ProductionPolicy.violations(deployment, configMaps));
        }
        assertThat(names(rendered.deployments())).containsAll(ProductionPolicy.REQUIRED_IN_PRODUCTION.keySet());
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/local"})
    void the_demonstration_runs_the_development_stand_ins(String directory) {
        // ./agora kube up plays overlays/local, and KubeIT pays with tok_ok there: the simulated provider's token.
        Map<String, Map<String, String>> maps = configMaps(new Rendered(Kustomize.render(directory)));

        for (String service : ProductionPolicy.REQUIRED_IN_PRODUCTION.keySet()) {
            assertThat(List.of(maps.get(service).get("SPRING_PROFILES_ACTIVE").split(",")))
                    .as(service + " in " + directory)
                    .contains("dev")
                    .doesNotContain("prod");
        }
        assertThat(maps.get("payments").get("AGORA_PAYMENTS_PROVIDER_KIND")).isEqualTo("simulated");
        assertThat(maps.get("notifications").get("AGORA_NOTIFICATIONS_MAIL_KIND"))
                .isEqualTo("files");
    }

    private static Map<String, Map<String, String>> configMaps(Rendered rendered) {
        Map<String, Map<String, String>> maps = new TreeMap<>();
        for (ObjectNode map : rendered.ofKind("ConfigMap")) {
            Map<String, String> data = new TreeMap<>();
            map.path("data")
                    .fields()
                    .forEachRemaining(
                            entry -> data.put(entry.getKey(), entry.getValue().asText()));
            maps.put(map.path("metadata").path("name").asText(), data);
        }
        return maps;
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void each_service_that_owns_data_gets_its_own_database_and_only_its_credentials(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        Map<String, ObjectNode> clusters = new TreeMap<>();
        rendered.ofKind("Cluster")
                .forEach(c -> clusters.put(c.path("metadata").path("name").asText(), c));
        for (String service : DATA_OWNERS) {
            ObjectNode cluster = clusters.get(service + "-db");
            assertThat(cluster).as("the CloudNativePG Cluster of " + service).isNotNull();
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").asInt()).isPositive();
            assertThat(spec.path("bootstrap").path("initdb").path("database").asText())
                    .isEqualTo(service);
            assertThat(spec.path("bootstrap").path("initdb").path("owner").asText())
                    .isEqualTo(service);
            // No Java model of the CRD: at least, every field is one that CloudNativePG's Cluster has.
            assertThat(fieldNames(spec))
                    .isSubsetOf(
                            "instances",
                            "imageName",
                            "minSyncReplicas",
                            "maxSyncReplicas",
                            "bootstrap",
                            "storage",
                            "resources",
                            "postgresql",
                            "monitoring",
                            "affinity",
                            "backup");

            Deployment deployment = rendered.deployment(service);
            String prefix = service.toUpperCase();
            Map<String, EnvVar> env = new TreeMap<>();
            containers(deployment).flatMap(c -> c.getEnv().stream()).forEach(v -> env.put(v.getName(), v));
            assertThat(env.get(prefix + "_DB_URL").getValue())
                    .isEqualTo("jdbc:postgresql://" + service + "-db-rw:5432/" + service);
            for (String secretKey : List.of("USER", "PASSWORD")) {
                assertThat(env.get(prefix + "_DB_" + secretKey)
                                .getValueFrom()
                                .getSecretKeyRef()
                                .getName())
                        .isEqualTo(service + "-db-app");
            }
            assertThat(env.keySet())
                    .as(service + " is given no other service's database")
                    .allMatch(name -> !name.endsWith("_DB_URL") || name.startsWith(prefix + "_"));
        }
        assertThat(clusters).hasSize(DATA_OWNERS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/prod"})
    void consumers_scale_on_the_lag_of_their_own_group_and_topics(String directory) {
        Rendered rendered = new Rendered(Kustomize.render(directory));

        Map<String, ObjectNode> scaled = new TreeMap<>();
        rendered.ofKind("ScaledObject")
                .forEach(s -> scaled.put(
                        s.path("spec").path("scaleTargetRef").path("name").asText(), s));
        assertThat(scaled.keySet()).isEqualTo(CONSUMERS.keySet());
        scaled.forEach((service, scaledObject) -> {
            assertThat(names(rendered.deployments())).contains(service);
            Set<String> topics = new java.util.TreeSet<>();
            for (JsonNode trigger : scaledObject.path("spec").path("triggers")) {
                if (trigger.path("type").asText().equals("kafka")) {
                    assertThat(trigger.path("metadata").path("consumerGroup").asText())
                            .isEqualTo(service);
                    topics.add(trigger.path("metadata").path("topic").asText());
                }
            }
            assertThat(topics).isEqualTo(CONSUMERS.get(service));
            assertThat(rendered.deployment(service)
                            .getSpec()
                            .getTemplate()
                            .getMetadata()
                            .getLabels())
                    .as(service + " may reach the brokers")
                    .containsEntry("agora.dev/kafka-client", "true");
        });
        assertThat(rendered.read("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class))
                .as("no second autoscaler for a deployment KEDA scales")
                .noneMatch(hpa ->
                        scaled.containsKey(hpa.getSpec().getScaleTargetRef().getName()));
    }

    private static Stream<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream();
    }

    private static Set<String> portNames(Deployment deployment) {
        return containers(deployment)
                .flatMap(c -> c.getPorts().stream())
                .map(ContainerPort::getName)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> names(List<Deployment> deployments) {
        return deployments.stream().map(d -> d.getMetadata().getName()).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The objects of one rendering, by kind, read into their models where they have one. */
    record Rendered(List<ObjectNode> objects) {

        List<ObjectNode> ofKind(String kind) {
            return objects.stream()
                    .filter(object -> object.path("kind").asText().equals(kind))
                    .toList();
        }

        <T> List<T> read(String kind, Class<T> model) {
            return ofKind(kind).stream()
                    .map(object -> StrictModel.read(object, model))
                    .toList();
        }

        List<Deployment> deployments() {
            return read("Deployment", Deployment.class);
        }

        List<NetworkPolicy> networkPolicies() {
            return read("NetworkPolicy", NetworkPolicy.class);
        }

        Deployment deployment(String name) {
            return deployments().stream()
                    .filter(d -> d.getMetadata().getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Deployment " + name));
        }
    }
}
