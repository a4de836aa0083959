package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.launcher.Agora;
import dev.agora.launcher.Home;
import dev.agora.launcher.Images;
import dev.agora.launcher.Kube;
import dev.agora.launcher.ServiceTable;
import dev.agora.launcher.SignIn;
import dev.agora.launcher.Tools;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.Unreachable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests run for real: {@code ./agora kube up} builds the images (if missing), renders overlays/local and
 * plays it with podman, and the journeys of a shopper go through the containerised gateway to the containerised
 * services, as hardened as the manifests say.
 */
class KubeIT {

    static final Path REPOSITORY = Home.findRepository(Path.of(""));
    static final Home HOME = new Home(REPOSITORY, REPOSITORY.resolve("system-tests/target/agora-kube"));
    static final String TEA_TOWELS = "323efabc-cc23-5a4a-80a4-3e9bda47539f";

    static final ApiClient GATEWAY = ApiClient.onPort(8080);

    @BeforeAll
    static void kubeUp() throws Exception {
        for (String tool : List.of("kubectl", "podman", "buildah")) {
            if (!Tools.isInstalled(tool)) {
                Unreachable.skipOrFail(
                        "KubeIT",
                        tool + " is not installed",
                        new IllegalStateException("no " + tool + " on the PATH"),
                        "Install kubectl 1.32 or later, and buildah podman runc catatonit from Debian's packages"
                                + " (.ci/run does both).");
            }
        }
        Agora.run(HOME, List.of("kube", "down")); // what an interrupted run may have left
        leaveAStalePod("gateway-pod-0");
        assertThat(Agora.run(HOME, List.of("kube", "up", "--timeout", "240"))).isZero();
    }

    /**
     * A pod of Agora's, not running, as a run that could not end leaves it (or a run from another checkout): podman
     * refuses to play a file whose pod names are taken, so {@code ./agora kube up} must remove it first.
     */
    static void leaveAStalePod(String name) throws IOException, InterruptedException {
        Programs.Result created = Programs.run(
                List.of("podman", "pod", "create", "--replace", "--label", Kube.AGORA_LABEL, "--name", name),
                REPOSITORY,
                Duration.ofSeconds(30));
        assertThat(created.exit()).as(created.output()).isZero();
    }

    @AfterAll
    static void kubeDown() {
        if (Tools.isInstalled("podman") && Tools.isInstalled("kubectl")) {
            Agora.run(HOME, List.of("kube", "down"));
        }
    }

    @Test
    void a_shopper_browses_the_catalog_through_the_containerised_gateway() {
        Response products = GATEWAY.get("/api/products?size=3");
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        assertThat(products.json().path("items")).hasSize(3);

        Response categories = GATEWAY.get("/api/categories");
        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.json().isEmpty()).isFalse();
    }

    @Test
    void a_checkout_through_the_pods_is_confirmed() {
        String alice = new SignIn(GATEWAY.base())
                .withPassword("alice@agora.test", "alice-password")
                .accessToken();
        Response placed = GATEWAY.send(
                "POST",
                "/api/orders",
                """
                {"items": [{"productId": "%s", "quantity": 1}], "paymentToken": "tok_ok"}""".formatted(TEA_TOWELS),
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "Authorization",
                "Bearer " + alice);
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        String id = placed.json().path("id").asString();

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> GATEWAY.get("/api/orders/" + id, "Authorization", "Bearer " + alice)
                                .json()
                                .path("status")
                                .asString(),
                        "CONFIRMED"::equals);
    }

    @Test
    void the_pods_run_images_built_from_the_jars_and_the_containerfile_of_this_build() {
        // kube up builds again an image of the same tag made from older code or an older Containerfile: never a stale
        // image tested.
        Images images = new Images(HOME, System.out);
        for (String service : Images.SERVICES) {
            assertThat(images.isCurrent(service)).as(service).isTrue();
        }
    }

    @Test
    void every_container_runs_as_the_manifests_say_non_root_on_a_read_only_root() throws Exception {
        for (String service : ServiceTable.names()) {
            String container = service + "-pod-0-" + service;
            Programs.Result inspected = Programs.run(
                    List.of(
                            "podman",
                            "inspect",
                            "--format",
                            "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.Config.Image}}",
                            container),
                    REPOSITORY,
                    Duration.ofSeconds(30));
            assertThat(inspected.exit()).as(inspected.output()).isZero();
            assertThat(inspected.output().strip())
                    .as(container)
                    .startsWith("10001:10001 true ")
                    .contains("agora/" + service + ":");
        }
    }
}
