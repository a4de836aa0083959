package dev.agora.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code ./agora kube up|status|down}: the Kubernetes manifests of deploy/k8s/overlays/local played by podman, from
 * the images of {@code ./agora image build}, beside the Kafka broker and Zipkin that the launcher runs as for
 * {@code ./agora up} (ADR 0017). Every pod shares the host's network, so the services reach each other, the broker
 * and Zipkin at 127.0.0.1 on the usual ports.
 */
public final class Kube {

    static final String OVERLAY = "deploy/k8s/overlays/local";

    /** The kinds podman plays; it has no use for Services, NetworkPolicies, budgets or autoscalers. */
    static final List<String> PLAYED_KINDS = List.of("ConfigMap", "Deployment");

    /** Every pod of the manifests carries it (their pod templates' labels), whatever name a podman version gives. */
    public static final String AGORA_LABEL = "app.kubernetes.io/part-of=agora";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Home home;
    private final Duration readyTimeout;
    private final PrintStream out;

    /** {@code out}: where it says what it plays. */
    public Kube(Home home, Duration readyTimeout, PrintStream out) {
        this.home = home;
        this.readyTimeout = readyTimeout;
        this.out = out;
    }

    /** What podman plays, as it was last played; it exists while the pods do. */
    static Path played(Home home) {
        return home.state().resolve("kube").resolve("agora-local.yaml");
    }

    /** The services as they run in their pods: where they listen, how they tell they are ready. */
    static List<ServiceSpec> services(Home home) {
        return Topology.services(home, 0).stream()
                .filter(ServiceSpec::isAgoraService)
                .toList();
    }

    /** The gateway, when the pods of kube up run and it is ready. */
    public static Optional<ServiceSpec> gateway(Home home) {
        if (!Files.isRegularFile(played(home))) {
            return Optional.empty();
        }
        return services(home).stream()
                .filter(service -> service.name().equals("gateway"))
                .filter(ServiceSpec::isReady)
                .findFirst();
    }

    public List<RunningService> up() {
        Tools.require("kubectl", "it renders deploy/k8s (kubectl 1.32 or later, which has Kustomize built in)");
        Tools.require("podman", "sudo apt-get install podman runc catatonit (docs/guides/kubernetes.md)");
        if (Files.isRegularFile(played(home))) {
            throw new LaunchFailure("The pods of ./agora kube up already run; stop them first with ./agora kube down.");
        }
        // The jars as the sources are now, then an image for each that has none built from its jar.
        new Builds(home, out).buildStale(services(home));
        Images images = new Images(home, out);
        List<String> outdated = Images.SERVICES.stream()
                .filter(service -> !images.isCurrent(service))
                .toList();
        if (!outdated.isEmpty()) {
            images.build(outdated, null);
        }
        List<ServiceSpec> services = services(home);
        for (ServiceSpec service : services) {
            for (int port : service.ports()) {
                Ports.requireFree(port, service.id());
            }
        }
        Platform platform = new Platform(home, readyTimeout);
        // Platform.start stops what it started if one of them fails; after that, down() undoes everything.
        List<RunningService> beside = platform.start(Topology.services(home, 0).stream()
                .filter(service -> service.name().equals(ZipkinServer.NAME) || service.isKafkaBroker())
                .toList());
        try {
            // Pods left by a run that could not end, or by another checkout of Agora, would make podman refuse the
            // whole file when their names are taken again; the ports are free, so none of them serves anything.
            List<String> stale = removePods();
            if (!stale.isEmpty()) {
                out.println("Removed pods left by an earlier run: " + String.join(", ", stale));
            }
            play(services);
        } catch (RuntimeException failure) {
            try {
                down();
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        return beside;
    }

    private void play(List<ServiceSpec> services) {
        Path log = home.log("kube");
        String rendered = Tools.output(
                List.of(
                        "kubectl",
                        "kustomize",
                        home.repository().resolve(OVERLAY).toString()),
                log);
        writePlayed(playable(rendered));
        out.println("Playing " + home.repository().relativize(played(home)) + " with podman (rendered from " + OVERLAY
                + ") ...");
        Tools.run(
                List.of(
                        "podman",
                        "kube",
                        "play",
                        "--network",
                        "host",
                        played(home).toString()),
                log,
                "podman could not play the pods");
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        for (ServiceSpec service : services) {
            while (!service.isReady()) {
                if (System.nanoTime() > deadline) {
                    throw new LaunchFailure(service.name() + "'s pod was not ready within " + readyTimeout.toSeconds()
                            + " s (" + service.readinessCheck() + "). Its log: podman logs " + podOf(service)
                            + "-" + service.name());
                }
                pause();
            }
        }
    }

    /**
     * The rendered overlay as podman can play it on the host's network, with the images built here: only Deployments
     * and ConfigMaps; no variable from a Secret; no container
     * ports (podman refuses port mappings with host networking) and no probes (podman would turn them into systemd
     * timers; the launcher asks each readiness endpoint itself); each pod's volumes named after it (podman makes a
     * named volume of an emptyDir, which pods of the same volume name would share).
     */
    static List<ObjectNode> playable(String rendered) {
        List<ObjectNode> played = new ArrayList<>();
        for (JsonNode document :
                YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered).readAll()) {
            if (!(document instanceof ObjectNode object)
                    || !PLAYED_KINDS.contains(object.path("kind").asString())) {
                continue;
            }
            if (object.path("kind").asString().equals("ConfigMap")
                    && object.path("metadata")
                            .path("name")
                            .asString()
                            .equals(ServiceTable.edge().name())) {
                // The gateway's routes come from the launcher here too, as under ./agora up.
                ObjectNode data = object.path("data") instanceof ObjectNode given ? given : object.putObject("data");
                data.put("SPRING_APPLICATION_JSON", gatewayConfiguration().toString());
            }
            if (object.path("kind").asString().equals("Deployment")) {
                String pod = object.path("metadata").path("name").asString();
                ObjectNode spec =
                        (ObjectNode) object.path("spec").path("template").path("spec");
                for (JsonNode container : spec.path("containers")) {
                    ((ObjectNode) container)
                            .remove(List.of("ports", "startupProbe", "livenessProbe", "readinessProbe"));
                    // The image ./agora image build made here, not the published one of that version.
                    ((ObjectNode) container)
                            .put(
                                    "image",
                                    Images.localImageOf(container.path("image").asString()));
                    // podman plays no Secret (this overlay makes none): the development profile needs none.
                    if (container.path("env") instanceof ArrayNode env) {
                        env.removeIf(variable -> variable.path("valueFrom").has("secretKeyRef"));
                    }
                    for (JsonNode mount : container.path("volumeMounts")) {
                        ((ObjectNode) mount)
                                .put("name", volumeOf(pod, mount.path("name").asString()));
                    }
                }
                if (spec.path("volumes") instanceof ArrayNode volumes) {
                    for (JsonNode volume : volumes) {
                        ((ObjectNode) volume)
                                .put("name", volumeOf(pod, volume.path("name").asString()));
                    }
                }
            }
            played.add(object);
        }
        return played;
    }

    /**
     * The gateway's routes from the service table, and where each routed service answers on this host's network: what
     * {@code ./agora up} passes on the command line, as the JSON Spring Boot reads from SPRING_APPLICATION_JSON.
     */
    static ObjectNode gatewayConfiguration() {
        ObjectNode configuration = YAML.createObjectNode();
        ServiceTable.gatewayRoutes().forEach(configuration::put);
        for (Service routed : ServiceTable.calledBy(ServiceTable.edge())) {
            configuration.put("agora.gateway.services." + routed.name(), "http://127.0.0.1:" + routed.port());
        }
        return configuration;
    }

    private void writePlayed(List<ObjectNode> documents) {
        try {
            Files.createDirectories(played(home).getParent());
            StringBuilder yaml = new StringBuilder();
            for (ObjectNode document : documents) {
                yaml.append(YAML.writeValueAsString(document));
            }
            Files.writeString(played(home), yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the pods this checkout played and their volumes, then stops the broker and Zipkin; says what it stopped.
     * Every pod of Agora's is removed, so that a play that failed half-way is undone too.
     */
    public List<String> down() {
        List<String> stopped = new ArrayList<>();
        LaunchFailure podsLeft = null;
        if (Files.isRegularFile(played(home))) {
            try {
                stopped.addAll(removePods());
                Files.delete(played(home));
            } catch (LaunchFailure failure) {
                podsLeft = failure; // the file stays: it is how ./agora kube down knows to look again
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stopped.addAll(new Platform(home, Duration.ZERO).stopAll());
        if (podsLeft != null) {
            throw podsLeft;
        }
        return stopped;
    }

    /** Removes every pod labelled as Agora's, and the services' volumes; says which pods it removed. */
    private List<String> removePods() {
        Path log = home.log("kube");
        List<String> pods = Tools.output(
                        List.of("podman", "pod", "ps", "--filter", "label=" + AGORA_LABEL, "--format", "{{.Name}}"),
                        log)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        if (!pods.isEmpty()) {
            List<String> remove = new ArrayList<>(List.of("podman", "pod", "rm", "--force"));
            remove.addAll(pods);
            Tools.run(
                    remove,
                    home.repository(),
                    log,
                    "podman could not remove the pods " + String.join(", ", pods) + "; run ./agora kube down again");
        }
        for (ServiceSpec service : services(home)) {
            Tools.exitOf(
                    List.of("podman", "volume", "rm", "--force", volumeOf(service.name(), "tmp")),
                    home.repository(),
                    log);
        }
        return pods;
    }

    /** A pod's volume as played: podman makes a named volume of an emptyDir, which pods of one name would share. */
    static String volumeOf(String pod, String volume) {
        return "agora-" + pod + "-" + volume;
    }

    /** The name podman (4.x, as Debian's) gives the pod of a service's Deployment. */
    static String podOf(ServiceSpec service) {
        return service.name() + "-pod-0";
    }

    /** Each service's pod and whether it answers its readiness probe. */
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        boolean played = Files.isRegularFile(played(home));
        for (ServiceSpec service : services(home)) {
            status.put(podOf(service), !played ? "not played" : service.isReady() ? "READY" : "NOT READY");
        }
        return status;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while waiting for the pods.");
        }
    }
}
