package dev.agora.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code ./agora kube}: the manifests of deploy/k8s/overlays/local played by podman on this machine. */
final class KubeCommand extends Command {

    private static final Usage USAGE = new Usage(
            "kube up [--timeout SECONDS] | kube status | kube down",
            """
            up: run deploy/k8s/overlays/local with podman: the images (built if missing), one pod per service on the
            host's network, beside the launcher's Kafka and Zipkin; waits until every pod is ready (180 s at most).
            status: each service's pod and whether it is ready.
            down: remove the pods and stop Kafka and Zipkin
            """,
            List.of(Option.valued("--timeout", "SECONDS")),
            1,
            1);

    KubeCommand() {
        super(USAGE);
    }

    @Override
    int run(Home home, Arguments arguments, PrintStream out) {
        Kube kube = new Kube(home, Duration.ofSeconds(arguments.seconds("--timeout", 180)), out);
        switch (arguments.words().getFirst()) {
            case "up" -> {
                kube.up();
                out.println();
                print(kube.status(), out);
                out.println();
                out.println("Agora runs in pods: try  curl -s http://127.0.0.1:8080/api/products?size=3");
                out.println("./agora kube status, podman logs <pod>-<service>, ./agora kube down.");
            }
            case "status" -> print(kube.status(), out);
            case "down" -> {
                List<String> stopped = kube.down();
                out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
            }
            default -> throw new UsageError("kube takes up, status or down.");
        }
        return 0;
    }

    private static void print(Map<String, String> pods, PrintStream out) {
        pods.forEach((pod, state) -> out.printf("%-22s %s%n", pod, state));
    }
}
