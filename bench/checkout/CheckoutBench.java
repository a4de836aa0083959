import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkouts at a fixed offered load (an open model: one order every 1/RATE s, whatever the answers), through the
 * gateway on 127.0.0.1:8080, spread over the customers whose tokens it is given (each order is its customer's, so that
 * the gateway's per-customer rate limit does not cap the run); then, once every order has ended, the time from each
 * POST to its end (the order's own updatedAt, written by orders when the saga confirmed or cancelled it; same machine,
 * same clock).
 *
 * <p>Run by bench/checkout/run.sh: java CheckoutBench.java RATE SECONDS (tokens in CUSTOMER_TOKENS, comma-separated,
 * and ADMIN_TOKEN). Its last line, RESULT ..., is what run.sh's step search reads. JDK only, so that it runs as a
 * single source file.
 */
public class CheckoutBench {

    private static final URI GATEWAY = URI.create("http://127.0.0.1:8080");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    private static final Pattern REASON = Pattern.compile("\"reason\":\"([A-Z_]+)\"");
    private static final Pattern UPDATED = Pattern.compile("\"updatedAt\":\"([^\"]+)\"");
    private static final Pattern AVAILABLE = Pattern.compile("\"available\":(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

    /** Orders go to this many products, when their stock allows. */
    private static final int SPREAD = 10;

    /** The most units inventory takes in one receipt. */
    private static final int MAX_RECEIPT = 100_000;

    record Sent(Instant at, String id, String customer) {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<String> customers = List.of(System.getenv("CUSTOMER_TOKENS").split(","));
        String admin = System.getenv("ADMIN_TOKEN");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int orders = rate * seconds;
        List<String> products = productsWithStock(http, admin, orders);

        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        System.err.printf("offering %d orders/s for %d s (%d orders) over %d products, %d customers%n", rate,
                seconds, orders, products.size(), customers.size());
        for (int index = 0; index < orders; index++) {
            long due = start + index * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // the open model's pace
            }
            String body = "{\"items\":[{\"productId\":\"%s\",\"quantity\":1}],\"paymentToken\":\"tok_ok\"}"
                    .formatted(products.get(index % products.size()));
            String customer = customers.get(index % customers.size());
            HttpRequest request = HttpRequest.newBuilder(GATEWAY.resolve("/api/orders"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + customer)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            Instant at = Instant.now();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        if (failure == null && response.statusCode() == 202) {
                            sent.add(new Sent(at, find(ID, response.body()), customer));
                        } else {
                            refused.merge(refusal(response, failure), 1, Integer::sum);
                        }
                        return null;
                    }));
            if (index > 0 && index % (rate * 5) == 0) {
                System.err.printf("  %d s: %d sent%n", index / rate, index);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        System.err.printf("accepted %d of %d (refused: %s); waiting for every order to end ...%n", sent.size(), orders,
                refused.isEmpty() ? "none" : refused);

        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> endings = new ConcurrentHashMap<>();
        List<Instant> confirmedAt = Collections.synchronizedList(new ArrayList<>());
        List<Instant> endedAt = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> reads = new ArrayList<>();
        try (ExecutorService readers = Executors.newFixedThreadPool(8)) {
            for (Sent order : sent) {
                reads.add(readers.submit(() -> {
                    String answer = awaitEnd(http, order.customer(), order.id());
                    String status = find(STATUS, answer);
                    if (status.equals("PENDING")) {
                        endings.merge("PENDING after 120 s", 1, Integer::sum);
                        return null;
                    }
                    Instant ended = Instant.parse(find(UPDATED, answer));
                    endedAt.add(ended);
                    millis.add(Duration.between(order.at(), ended).toMillis());
                    if (status.equals("CONFIRMED")) {
                        confirmedAt.add(ended);
                        endings.merge("CONFIRMED", 1, Integer::sum);
                    } else {
                        Matcher reason = REASON.matcher(answer);
                        endings.merge(status + (reason.find() ? " " + reason.group(1) : ""), 1, Integer::sum);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> read : reads) {
            read.get(); // an order that could not be read fails the run rather than leaving the figures
        }
        Collections.sort(millis);
        Instant first = sent.stream().map(Sent::at).min(Instant::compareTo).orElse(Instant.now());
        Instant last = confirmedAt.stream().max(Instant::compareTo).orElse(first);
        double throughput = confirmedAt.size() / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
        int confirmed = endings.getOrDefault("CONFIRMED", 0);
        int refusedCount = refused.values().stream().mapToInt(Integer::intValue).sum();
        long serverErrors = refused.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("5") || entry.getKey().startsWith("no answer"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        System.out.printf("offered %d/s for %d s: accepted %d, ended %s, refused %s%n", rate, seconds, sent.size(),
                new TreeMap<>(endings), refused.isEmpty() ? "none" : new TreeMap<>(refused));
        System.out.printf("confirmed %.1f orders/s; POST to end p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                throughput, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                millis.isEmpty() ? 0 : millis.getLast());
        System.out.printf(
                "RESULT offered=%d seconds=%d accepted=%d confirmed=%d ended=%d refused=%d server_errors=%d"
                        + " confirmed_per_second=%.1f p50_ms=%d p95_ms=%d p99_ms=%d%n",
                rate, seconds, sent.size(), confirmed, endedAt.size(), refusedCount, serverErrors, throughput,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
    }

    /** A refused POST by status and problem code ("503 SERVICE_UNAVAILABLE"), or why nothing answered. */
    private static String refusal(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            return "no answer (" + failure.getClass().getSimpleName() + ")";
        }
        Matcher code = CODE.matcher(response.body());
        return response.statusCode() + (code.find() ? " " + code.group(1) : "");
    }

    /**
     * {@link #SPREAD} products of the catalog (orders for one product all wait on one stock row), each with units for its
     * share of the run: what a product lacks is received first, as an admin would (POST .../receipts).
     */
    private static List<String> productsWithStock(HttpClient http, String admin, int orders) throws Exception {
        Matcher ids = ID.matcher(get(http, "/api/products?size=" + SPREAD, null));
        List<String> products = new ArrayList<>();
        while (ids.find()) {
            products.add(ids.group(1));
        }
        if (products.isEmpty()) {
            throw new IllegalStateException("The catalog lists no product to order.");
        }
        int share = (orders + products.size() - 1) / products.size();
        for (String product : products) {
            Matcher available = AVAILABLE.matcher(get(http, "/api/inventory/" + product, admin));
            int lacking = share - (available.find() ? Integer.parseInt(available.group(1)) : 0);
            for (int part; lacking > 0; lacking -= part) {
                part = Math.min(lacking, MAX_RECEIPT);
                receive(http, admin, product, part);
            }
        }
        return products;
    }

    private static void receive(HttpClient http, String admin, String product, int units) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(GATEWAY.resolve("/api/inventory/" + product + "/receipts"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":" + units + "}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not receive " + units + " units of " + product + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    private static String awaitEnd(HttpClient http, String token, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            String answer = get(http, "/api/orders/" + id, token);
            // A problem (the gateway's breaker open, a 429) is no answer about the order: ask again.
            boolean isOrder = !answer.contains("\"code\":");
            if (isOrder && !find(STATUS, answer).equals("PENDING") || System.nanoTime() > deadline) {
                return answer;
            }
            Thread.sleep(200);
        }
    }

    private static String get(HttpClient http, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(GATEWAY.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return matcher.group(1);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
