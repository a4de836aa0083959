package dev.agora.payments.adapter.out.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A payment provider on a real HTTP port, speaking the API of {@link HttpPaymentProvider} as a provider's sandbox
 * would: it checks the key, authorizes any token but {@code pm_declined}, keeps its answer per idempotency key, and can
 * be made to fail its next requests with a status of choice. It records every request it was sent.
 */
final class ProviderServer implements AutoCloseable {

    static final String API_KEY = "test-only-provider-key-4f9c2b7e";

    private static final Pattern TOKEN = Pattern.compile("\"paymentToken\"\\s*:\\s*\"([^\"]*)\"");

    /** What the provider was sent. */
    record Request(
            String method,
            String path,
            @Nullable String authorization,
            @Nullable String idempotencyKey,
            String body) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failNext = new AtomicInteger();
    volatile int failureStatus = 503;

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    private ProviderServer(HttpServer server) {
        this.server = server;
    }

    static ProviderServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ProviderServer provider = new ProviderServer(server);
            server.createContext("/v1/", provider::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API's base address, with a path as a provider's usually has. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    key,
                    body));
            if (failNext.getAndDecrement() > 0) {
                answer(exchange, failureStatus, "{\"error\": \"try again\"}");
            } else if (!("Bearer " + API_KEY)
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"error\": \"unknown key\"}");
            } else if (!exchange.getRequestMethod().equals("POST") || key == null) {
                answer(exchange, 400, "{\"error\": \"a POST with an Idempotency-Key\"}");
            } else if (path.equals("/v1/authorizations")) {
                answer(exchange, 200, answers.computeIfAbsent(key, first -> authorization(key, body)));
            } else if (path.matches("/v1/authorizations/[^/]+/refunds")) {
                answer(exchange, 200, answers.computeIfAbsent(key, first -> "{\"status\": \"REFUNDED\"}"));
            } else {
                answer(exchange, 404, "{\"error\": \"no such resource\"}");
            }
        }
    }

    private String authorization(String key, String body) {
        Matcher token = TOKEN.matcher(body);
        if (token.find() && token.group(1).equals("pm_declined")) {
            return "{\"status\": \"DECLINED\", \"reason\": \"insufficient funds\", \"code\": \"card_declined\"}";
        }
        String reference = "auth_" + counter.incrementAndGet();
        references.put(key, reference);
        return "{\"status\": \"AUTHORIZED\", \"reference\": \"" + reference + "\", \"livemode\": false}";
    }

    /** The reference of what was authorized under this idempotency key, if anything was. */
    @Nullable
    String referenceFor(String idempotencyKey) {
        return references.get(idempotencyKey);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
