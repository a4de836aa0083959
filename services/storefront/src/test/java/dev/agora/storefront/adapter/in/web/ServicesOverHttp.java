package dev.agora.storefront.adapter.in.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agora.testing.SpringFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The catalog's, inventory's and reviews' public APIs as the storefront reads them, answered over real HTTP from fixed JSON: the
 * pages' own behaviour (escaping, locales, addresses, stock, errors) tested without the whole platform, which the
 * system tests run. It records what it was asked, and either service can be made to fail like a broken one.
 */
final class ServicesOverHttp implements SpringFixture, AfterAllCallback {

    static final String LAMP = "4287c6a1-5bbe-5641-9482-f6614a843bb7";
    static final String SCRIPT = "8c0f6d3e-3d61-4c47-9d55-0e4f7a7a1b2c";

    private final int port;
    private final List<URI> asked = new CopyOnWriteArrayList<>();
    private volatile @Nullable HttpServer server;
    private volatile boolean catalogBroken;
    private volatile boolean catalogSlow;
    private volatile boolean inventoryBroken;
    private volatile boolean reviewsBroken;

    private ServicesOverHttp(int port) {
        this.port = port;
    }

    static ServicesOverHttp start() {
        ServicesOverHttp catalog = notYetListening();
        catalog.listen();
        return catalog;
    }

    /** A catalog that refuses connections, as one still starting, until {@link #listen()}. */
    static ServicesOverHttp notYetListening() {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new ServicesOverHttp(free.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void listen() {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            started.createContext("/", this::answer);
            // One thread per request: a slow answer holds none of the others.
            started.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            started.start();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> properties() {
        String address = "http://127.0.0.1:" + port;
        return Map.of(
                "agora.storefront.services.catalog",
                address,
                "agora.storefront.services.inventory",
                address,
                "agora.storefront.services.reviews",
                address);
    }

    /** What the storefront asked for, oldest first. */
    List<URI> asked() {
        return List.copyOf(asked);
    }

    void forget() {
        asked.clear();
    }

    /** From now on every request to the catalog is answered 500, as a service that broke. */
    void breakCatalog() {
        catalogBroken = true;
    }

    /** From now on the catalog answers after 3 s, past the storefront's deadline, as a service that hangs. */
    void slowCatalog() {
        catalogSlow = true;
    }

    /** From now on inventory answers 404 to its availability, as an older inventory without the endpoint. */
    void breakInventory() {
        inventoryBroken = true;
    }

    /** From now on reviews answers 503, as a service that is down. */
    void breakReviews() {
        reviewsBroken = true;
    }

    void repair() {
        reviewsBroken = false;
        catalogBroken = false;
        catalogSlow = false;
        inventoryBroken = false;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        HttpServer started = server;
        if (started != null) {
            started.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        asked.add(uri);
        String path = uri.getPath();
        if (path.endsWith("/reviews")) {
            answerReviews(exchange, path);
        } else if (path.startsWith("/api/inventory/") && inventoryBroken) {
            send(exchange, 404, "{\"code\":\"NOT_FOUND\"}");
        } else if (!path.startsWith("/api/inventory/") && catalogBroken) {
            send(exchange, 500, "{\"code\":\"INTERNAL_ERROR\"}");
        } else if (!path.startsWith("/api/inventory/") && catalogSlow) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{}");
        } else if (path.equals("/api/inventory/availability")) {
            // The lamp is down to its last two; the other is sold out.
            send(exchange, 200, """
                    {"items":[{"productId":"%s","state":"LOW","unitsLeft":2},{"productId":"%s","state":"SOLD_OUT"}]}""".formatted(LAMP, SCRIPT));
        } else if (path.equals("/api/categories")) {
            send(exchange, 200, """
                    {"items":[{"slug":"lighting","name":"Lighting","productCount":2}]}""");
        } else if (path.equals("/api/products")) {
            send(exchange, 200, """
                    {"items":[%s,%s],"page":0,"size":12,"totalItems":30,"totalPages":3}""".formatted(lamp(), script()));
        } else if (path.equals("/api/products/" + LAMP)) {
            send(exchange, 200, lamp());
        } else if (path.equals("/api/products/" + SCRIPT)) {
            send(exchange, 200, script());
        } else {
            send(exchange, 404, "{\"code\":\"PRODUCT_NOT_FOUND\"}");
        }
    }

    /** The lamp has two reviews, one of them with a title that would be a script if it were not escaped. */
    private void answerReviews(HttpExchange exchange, String path) throws IOException {
        if (reviewsBroken) {
            send(exchange, 503, "{\"code\":\"SERVICE_UNAVAILABLE\"}");
        } else if (path.equals("/api/products/" + LAMP + "/reviews")) {
            send(exchange, 200, """
                    {"items":[{"id":"0b9b2a52-7d2e-4d8a-9a52-3f7c2a1e4b10","productId":"%s","rating":5,\
                    "title":"<script>alert(2)</script>","text":"Bends & stays.","author":"Kim",\
                    "createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:00:00Z","version":1},\
                    {"id":"6c1f3e0a-2b44-4e1b-8d0a-5b7e9c3d2f21","productId":"%s","rating":4,"title":"Bright",\
                    "text":"Good light.","author":"a former customer","createdAt":"2026-11-20T10:00:00Z",\
                    "updatedAt":"2026-11-20T10:00:00Z","version":1}],\
                    "page":0,"size":5,"totalItems":2,"totalPages":1}""".formatted(LAMP, LAMP));
        } else {
            send(exchange, 200, "{\"items\":[],\"page\":0,\"size\":5,\"totalItems\":0,\"totalPages\":0}");
        }
    }

    private static String lamp() {
        return product(LAMP, "Brass desk lamp", "A lamp that bends where you need it.", "1234.50")
                .replace("\"version\":3", "\"version\":3,\"rating\":4.5,\"reviewCount\":2");
    }

    private static String script() {
        return product(SCRIPT, "<script>alert(1)</script>", "<b>bold</b> & \\\"quoted\\\"", "9.90");
    }

    private static String product(String id, String name, String description, String amount) {
        return """
                {"id":"%s","sku":"LIG-900","name":"%s","description":"%s","category":"lighting",\
                "price":{"amount":"%s","currency":"EUR"},"imageUrl":"https://images.agora.test/x.jpg","version":3,\
                "addedLater":"a field the storefront does not know"}""".formatted(id, name, description, amount);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
