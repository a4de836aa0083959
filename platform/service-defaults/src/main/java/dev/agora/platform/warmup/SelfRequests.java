package dev.agora.platform.warmup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Sends the service's own first requests before anyone else does ({@code agora.warm-up.paths}): its first answer on
 * a path loads and links the code behind it (and builds its OpenAPI document), seconds on a busy two-core machine.
 * Any answer will do; a caller's first request then costs what the later ones do.
 */
public final class SelfRequests implements WarmUp {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final List<String> paths;
    private final IntSupplier port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code port}: where the service listens, known once its server has started. */
    public SelfRequests(List<String> paths, IntSupplier port) {
        this.paths = List.copyOf(paths);
        this.port = port;
    }

    @Override
    public void run() throws Exception {
        if (paths.isEmpty()) {
            return;
        }
        URI base = URI.create("http://127.0.0.1:" + port.getAsInt());
        for (String path : paths) {
            http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(DEADLINE)
                            .header("X-Request-Id", "warm-up")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
