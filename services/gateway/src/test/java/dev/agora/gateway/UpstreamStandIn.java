package dev.agora.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the catalog, so the gateway's own behaviour can be tested over the wire: it
 * echoes what it received, answers slowly on /api/products/slow, one request at a time on /api/products/busy (as a
 * saturated service does: the more it is given at once, the later each answer), and serves an OpenAPI document.
 */
final class UpstreamStandIn implements AutoCloseable {

    private final HttpServer server;
    private final String name;
    private final AtomicInteger slowRequests = new AtomicInteger();
    private final Semaphore busy = new Semaphore(1, true);

    /** The content security policy of the stand-in's pages (under /products/). */
    static final String PAGE_POLICY = "default-src 'self'; frame-ancestors 'none'";

    /** What one request to /api/products/busy takes, alone. */
    static final Duration BUSY_WORK = Duration.ofMillis(100);

    UpstreamStandIn() {
        this("catalog", 0);
    }

    /** A stand-in that says it is {@code name} (header X-Served-By) on {@code port} (0: any free one). */
    UpstreamStandIn(String name, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.name = name;
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/products/slow", exchange -> {
            slowRequests.incrementAndGet();
            sleep(Duration.ofSeconds(3));
            answer(exchange, 200, "{}");
        });
        server.createContext("/api/products/busy", exchange -> {
            busy.acquireUninterruptibly();
            try {
                sleep(BUSY_WORK);
            } finally {
                busy.release();
            }
            answer(exchange, 200, "{}");
        });
        server.createContext("/api/", exchange -> {
            int received = exchange.getRequestBody().readAllBytes().length;
            answer(
                    exchange,
                    200,
                    "{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"requestId\":\""
                            + exchange.getRequestHeaders().getFirst("X-Request-Id") + "\",\"authorization\":\""
                            + exchange.getRequestHeaders().getFirst("Authorization") + "\",\"traceparent\":\""
                            + exchange.getRequestHeaders().getFirst("traceparent") + "\",\"bytes\":" + received
                            + "}");
        });
        server.createContext("/v3/api-docs", exchange -> answer(exchange, 200, """
                {"openapi":"3.1.0","info":{"title":"catalog","version":"v1"},
                 "paths":{"/api/products":{"get":{"summary":"List products"}}},
                 "components":{"schemas":{"ProductResponse":{"type":"object"}}}}"""));
        // A page of the storefront's, with the policy its pages need.
        server.createContext("/products/", exchange -> {
            exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
            answer(exchange, 200, "{}");
        });
        server.createContext("/actuator/", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.start();
    }

    /** Requests received on /api/products/slow so far. */
    int slowRequests() {
        return slowRequests.get();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Served-By", name);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
