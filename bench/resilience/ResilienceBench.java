import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Browsing load (GET /api/products?size=1 through the gateway on 127.0.0.1:8080, an open model at RATE requests/s)
 * during each experiment of docs/guides/resilience.md, done with ./agora after 5 s: the error rate and the latency
 * percentiles of each. Prints one Markdown table row per experiment.
 *
 * <p>Run by bench/resilience/run.sh: java ResilienceBench.java RATE SECONDS. JDK only, a single source file.
 */
public class ResilienceBench {

    private static final URI PRODUCTS = URI.create("http://127.0.0.1:8080/api/products?size=1");
    private static final Duration FAULT_AT = Duration.ofSeconds(5);

    record Outcome(int status, long micros) {}

    record Experiment(String name, List<String> fault, List<String> mend) {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<Experiment> experiments = List.of(
                new Experiment("no fault", List.of(), List.of()),
                new Experiment("kill catalog#2 (of 2)", List.of("kill", "catalog#2"), List.of("restart", "catalog#2")),
                new Experiment(
                        "catalog latency 2 s", List.of("chaos", "catalog", "latency=2s"), List.of("chaos", "catalog", "off")),
                new Experiment(
                        "catalog errors 20 %", List.of("chaos", "catalog", "errors=20%"), List.of("chaos", "catalog", "off")));
        System.out.println("| experiment (fault after 5 s) | requests | failed | error rate | p50 | p99 | max |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Experiment experiment : experiments) {
            List<Outcome> outcomes = load(rate, seconds, experiment.fault());
            if (!experiment.mend().isEmpty()) {
                agora(experiment.mend());
            }
            print(experiment.name(), outcomes);
            TimeUnit.SECONDS.sleep(15); // the breakers close again before the next experiment
        }
    }

    static List<Outcome> load(int rate, int seconds, List<String> fault) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        boolean faulted = fault.isEmpty();
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long index = 0; index < (long) rate * seconds; index++) {
                long wait = start + index * interval - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!faulted && System.nanoTime() - start >= FAULT_AT.toNanos()) {
                    background.submit(() -> agora(fault));
                    faulted = true;
                }
                long sentAt = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(PRODUCTS).timeout(Duration.ofSeconds(30)).build();
                sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .handle((response, failure) -> new Outcome(
                                failure == null ? response.statusCode() : -1, (System.nanoTime() - sentAt) / 1_000)));
            }
            return sent.stream().map(CompletableFuture::join).toList();
        }
    }

    static Void agora(List<String> command) {
        List<String> line = new ArrayList<>(List.of("./agora"));
        line.addAll(command);
        try {
            new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    static void print(String name, List<Outcome> outcomes) {
        long failed = outcomes.stream().filter(outcome -> outcome.status() != 200).count();
        long[] micros = outcomes.stream().mapToLong(Outcome::micros).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f %% | %s | %s | %s |%n", name, outcomes.size(), failed,
                100.0 * failed / outcomes.size(), millis(micros, 0.50), millis(micros, 0.99),
                millis(micros, 1.0));
    }

    static String millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.0f ms", sorted[Math.max(0, index)] / 1000.0);
    }
}
