package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.launcher.Agora;
import dev.agora.launcher.DeadLetters;
import dev.agora.launcher.KafkaBroker;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.Unreachable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The checkout saga end to end: customers order through the gateway, orders prices them through the catalog's gRPC,
 * and orders, inventory and payments bring each order to its end over the real Kafka broker, all started by the
 * launcher as ./agora starts them.
 *
 * <p>The tok_slow tests come last: a slow authorization holds up its partition of payments.commands.v1 for 10 s, and
 * the orders behind it would time out too.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutThroughGatewayIT {

    /** Seeded with 490 units: enough for every run of these tests. */
    static final String TEA_TOWELS = "323efabc-cc23-5a4a-80a4-3e9bda47539f";
    /** Seeded with 5 units. */
    static final String FIVE_UNITS = "4287c6a1-5bbe-5641-9482-f6614a843bb7";
    /** The products seeded with a single unit, for the last-unit race (one per run: a sold unit stays sold). */
    static final List<String> SINGLE_UNITS = List.of(
            "e8b010b2-a4ea-5a54-98b6-13e6faff2c64",
            "076c28b1-8277-5144-8dc3-cc20611a2cdd",
            "1eacfc38-0b6b-5adf-9954-bcd0c0ebd4d9");

    static RunningPlatform platform;
    static ApiClient gateway;
    static Session alice;
    static Session bob;
    static Session admin;

    @BeforeAll
    static void signIn(
            RunningPlatform shared,
            @SignedIn("alice") Session customer,
            @SignedIn("bob") Session otherCustomer,
            @SignedIn("admin") Session administrator) {
        platform = shared;
        gateway = platform.gateway();
        alice = customer;
        bob = otherCustomer;
        admin = administrator;
    }

    @Test
    @Order(1)
    void an_order_is_priced_by_the_catalog_reserved_paid_and_confirmed() {
        JsonNode before = stock(TEA_TOWELS);

        Response placed = place(alice, UUID.randomUUID().toString(), TEA_TOWELS, 2, "tok_ok");

        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        assertThat(placed.json().path("status").asString()).isEqualTo("PENDING");
        String price = gateway.get("/api/products/" + TEA_TOWELS)
                .json()
                .path("price")
                .path("amount")
                .asString();
        assertThat(placed.json()
                        .path("items")
                        .get(0)
                        .path("unitPrice")
                        .path("amount")
                        .asString())
                .as("the catalog's price")
                .isEqualTo(price);
        String id = placed.json().path("id").asString();
        JsonNode order = awaitStatus(id, alice, "CONFIRMED");
        assertThat(order.path("reason").isNull()).isTrue();
        JsonNode payment = payment(id, alice);
        assertThat(payment.path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.path("amount").path("amount"))
                .isEqualTo(order.path("total").path("amount"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode after = stock(TEA_TOWELS);
            assertThat(after.path("sold").asInt()).isEqualTo(before.path("sold").asInt() + 2);
            assertThat(total(after)).as("stock is conserved").isEqualTo(total(before));
        });
        assertThat(withToken("GET", "/api/orders", alice, null)
                        .json()
                        .path("items")
                        .findValuesAsString("id"))
                .contains(id);
        assertThat(withToken("GET", "/api/orders/" + id + "/events", alice, null)
                        .json()
                        .findValuesAsString("type"))
                .startsWith("OrderPlaced")
                .endsWith("OrderConfirmed");
        JsonNode told = await().atMost(Duration.ofSeconds(20))
                .until(() -> notificationAbout(id, alice), found -> !found.isMissingNode());
        assertThat(told.path("kind").asString()).isEqualTo("ORDER_CONFIRMED");
        Path mail = platform.home().state().resolve("mail").resolve(id + "-order_confirmed.eml");
        assertThat(mail).as("the development mail").exists();
    }

    @Test
    @Order(2)
    void an_order_ships_to_a_copy_of_the_customer_s_address_and_never_to_someone_else_s() {
        String home = """
                {"label": "Home", "recipient": "Bob Durand", "line1": "8 rue Mercière", "postalCode": "69002",
                 "city": "Lyon", "country": "FR"}""";
        Response added = gateway.send(
                "POST",
                "/api/users/me/addresses",
                home,
                "Authorization",
                bob.bearer(),
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String addressId = added.json().path("id").asString();

        Response placed = placeShippedTo(bob, addressId);

        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        JsonNode shipping = placed.json().path("shippingAddress");
        assertThat(shipping.path("addressId").asString()).isEqualTo(addressId);
        assertThat(shipping.path("line1").asString()).isEqualTo("8 rue Mercière");
        Response moved = gateway.send(
                "PUT",
                "/api/users/me/addresses/" + addressId,
                home.replace("8 rue Mercière", "10 quai Saint-Antoine"),
                "Authorization",
                bob.bearer(),
                "Content-Type",
                "application/json",
                "If-Match",
                added.header("ETag").orElseThrow());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String id = placed.json().path("id").asString();
        assertThat(withToken("GET", "/api/orders/" + id, bob, null)
                        .json()
                        .path("shippingAddress")
                        .path("line1")
                        .asString())
                .as("the order keeps the address as it was")
                .isEqualTo("8 rue Mercière");

        Response foreign = placeShippedTo(alice, addressId);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(foreign.json().path("errors").findValuesAsString("field")).containsExactly("shippingAddressId");
        awaitStatus(id, bob, "CONFIRMED");
    }

    static Response placeShippedTo(Session customer, String addressId) {
        return gateway.send(
                "POST",
                "/api/orders",
                """
                {"items": [{"productId": "%s", "quantity": 1}], "paymentToken": "tok_ok", "shippingAddressId": "%s"}""".formatted(TEA_TOWELS, addressId),
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "Authorization",
                customer.bearer());
    }

    @Test
    @Order(6)
    void a_customer_listening_live_hears_of_their_cancelled_order_through_the_gateway() throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(gateway.base().resolve("/api/notifications/stream"))
                                .header("Authorization", bob.bearer())
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:") && line.contains("ORDER_CANCELLED")) {
                        return line;
                    }
                }
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        String id = idOf(place(bob, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_declined"));

        assertThat(heard.get(30, TimeUnit.SECONDS)).contains(id).contains("the payment was declined");
        stream.body().close();
        assertThat(notificationAbout(id, alice).isMissingNode())
                .as("not alice's")
                .isTrue();
    }

    @Test
    @Order(2)
    void a_declined_card_cancels_the_order_and_gives_the_stock_back() {
        JsonNode before = stock(TEA_TOWELS);

        String id = idOf(place(alice, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_declined"));

        assertThat(awaitStatus(id, alice, "CANCELLED").path("reason").asString())
                .isEqualTo("PAYMENT_DECLINED");
        assertThat(payment(id, alice).path("ledger")).as("nothing was charged").isEmpty();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(stock(TEA_TOWELS).path("reserved").asInt())
                                .isEqualTo(before.path("reserved").asInt()));
    }

    @Test
    @Order(3)
    void more_than_the_stock_is_cancelled_out_of_stock_and_nothing_is_charged() {
        String id = idOf(place(alice, UUID.randomUUID().toString(), FIVE_UNITS, 6, "tok_ok"));

        assertThat(awaitStatus(id, alice, "CANCELLED").path("reason").asString())
                .isEqualTo("OUT_OF_STOCK");
        assertThat(withToken("GET", "/api/payments?orderId=" + id, alice, null)
                        .json()
                        .path("items"))
                .as("payment was never asked")
                .isEmpty();
    }

    @Test
    @Order(9)
    void a_payment_slower_than_the_saga_waits_is_cancelled_with_timeout_and_refunded() {
        String id = idOf(place(alice, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_slow"));

        assertThat(awaitStatus(id, alice, "CANCELLED").path("reason").asString())
                .isEqualTo("TIMEOUT");
        // The slow authorization lands after the saga gave up; the void that follows it refunds it.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(payment(id, alice).path("ledger").findValuesAsString("kind"))
                                .containsExactly("AUTHORIZATION", "REFUND"));
    }

    @Test
    @Order(8)
    void a_customer_cancels_an_order_still_being_checked_out() {
        String id = idOf(place(alice, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_slow"));

        Response cancelling = withToken("POST", "/api/orders/" + id + "/cancel", alice, null);

        assertThat(cancelling.status()).as(cancelling.body()).isEqualTo(202);
        assertThat(awaitStatus(id, alice, "CANCELLED").path("reason").asString())
                .isEqualTo("CUSTOMER_CANCELLED");
        assertThat(withToken("POST", "/api/orders/" + id + "/cancel", bob, null)
                        .json()
                        .path("code")
                        .asString())
                .as("not bob's to cancel")
                .isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    @Order(4)
    void a_retried_request_places_one_order() {
        String key = UUID.randomUUID().toString();

        Response first = place(alice, key, TEA_TOWELS, 1, "tok_ok");
        Response retry = place(alice, key, TEA_TOWELS, 1, "tok_ok");
        Response reused = place(alice, key, TEA_TOWELS, 3, "tok_ok");

        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        awaitStatus(idOf(first), alice, "CONFIRMED");
    }

    @Test
    @Order(5)
    void two_customers_race_for_the_last_unit_and_exactly_one_gets_it() throws Exception {
        String product = SINGLE_UNITS.stream()
                .filter(candidate -> stock(candidate).path("available").asInt() == 1)
                .findFirst()
                .orElse(null);
        if (product == null) {
            Unreachable.skipOrFail(
                    "the last-unit race",
                    "every single-unit product was sold by earlier runs in system-tests/target/agora",
                    new IllegalStateException("no product with exactly one unit left"),
                    "Delete system-tests/target/agora (./mvnw clean verify does) to race again.");
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> alices = CompletableFuture.supplyAsync(() -> {
            waitFor(start);
            return place(alice, UUID.randomUUID().toString(), product, 1, "tok_ok");
        });
        CompletableFuture<Response> bobs = CompletableFuture.supplyAsync(() -> {
            waitFor(start);
            return place(bob, UUID.randomUUID().toString(), product, 1, "tok_ok");
        });

        start.countDown();

        JsonNode alicesOrder = awaitEnd(idOf(alices.get()), alice);
        JsonNode bobsOrder = awaitEnd(idOf(bobs.get()), bob);
        assertThat(List.of(
                        alicesOrder.path("status").asString(),
                        bobsOrder.path("status").asString()))
                .containsExactlyInAnyOrder("CONFIRMED", "CANCELLED");
        JsonNode loser = alicesOrder.path("status").asString().equals("CANCELLED") ? alicesOrder : bobsOrder;
        assertThat(loser.path("reason").asString()).isEqualTo("OUT_OF_STOCK");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode after = stock(product);
            assertThat(after.path("available").asInt()).isZero();
            assertThat(after.path("sold").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(7)
    void orders_refuses_a_caller_without_a_token_at_the_gateway_and_at_its_own_port() {
        assertThat(gateway.get("/api/orders").status()).isEqualTo(401);
        assertThat(platform.direct("orders").get("/api/orders").status()).isEqualTo(401);
        assertThat(withToken("GET", "/api/orders/" + UUID.randomUUID(), alice, null)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    @Order(10)
    void a_notification_that_cannot_be_mailed_waits_in_the_dead_letter_topic_until_redriven() throws Exception {
        Path mail = platform.home().state().resolve("mail");
        Path kept = platform.home().state().resolve("mail-kept");
        Files.move(mail, kept);
        Files.writeString(mail, "not a folder: every mail fails until this file is gone");
        String id;
        try {
            id = idOf(place(alice, UUID.randomUUID().toString(), TEA_TOWELS, 1, "tok_ok"));
            awaitStatus(id, alice, "CONFIRMED");
            DeadLetters deadLetters = new DeadLetters(
                    KafkaBroker.bootstrapServers(platform.service("kafka").spec()));
            DeadLetters.DeadLetter waiting = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> deadLetters.waiting(OrdersTopics.EVENTS).stream()
                                    .filter(letter -> letter.key().equals(id))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            assertThat(waiting.type()).isEqualTo("agora.orders.v1.OrderConfirmed");
            assertThat(waiting.failure()).contains("mail");
            assertThat(notificationAbout(id, alice).isMissingNode())
                    .as("not told yet")
                    .isTrue();
        } finally {
            Files.delete(mail);
            Files.move(kept, mail);
        }

        int redriven = new DeadLetters(
                        KafkaBroker.bootstrapServers(platform.service("kafka").spec()))
                .redrive(OrdersTopics.EVENTS);

        assertThat(redriven).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !notificationAbout(id, alice).isMissingNode());
        assertThat(mail.resolve(id + "-order_confirmed.eml")).exists();
        assertThat(Agora.run(platform.home(), List.of("dlt", "list"))).isZero();
        assertThat(new DeadLetters(KafkaBroker.bootstrapServers(
                                platform.service("kafka").spec()))
                        .waiting(OrdersTopics.EVENTS))
                .as("redriven once, waiting no more")
                .isEmpty();
    }

    /** The customer's notification about this order, or a missing node. */
    static JsonNode notificationAbout(String orderId, Session customer) {
        for (JsonNode notification : withToken("GET", "/api/notifications?size=100", customer, null)
                .json()
                .path("items")) {
            if (notification.path("orderId").asString().equals(orderId)) {
                return notification;
            }
        }
        return MissingNode.getInstance();
    }

    private static void waitFor(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Response place(Session customer, String key, String productId, int quantity, String paymentToken) {
        return platform.placeOrder(customer.token(), key, productId, quantity, paymentToken);
    }

    static Response withToken(String method, String path, Session session, String body) {
        return gateway.send(method, path, body, "Authorization", session.bearer());
    }

    static String idOf(Response placed) {
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        return placed.json().path("id").asString();
    }

    static JsonNode awaitStatus(String id, Session customer, String status) {
        JsonNode order = awaitEnd(id, customer);
        assertThat(order.path("status").asString()).as(order.toString()).isEqualTo(status);
        return order;
    }

    /** The order once it is CONFIRMED or CANCELLED: every accepted order gets there. */
    static JsonNode awaitEnd(String id, Session customer) {
        return await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> withToken("GET", "/api/orders/" + id, customer, null)
                                .json(),
                        order -> !order.path("status").asString().equals("PENDING"));
    }

    static JsonNode payment(String orderId, Session customer) {
        JsonNode items = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> withToken("GET", "/api/payments?orderId=" + orderId, customer, null)
                                .json()
                                .path("items"),
                        found -> !found.isEmpty());
        return items.get(0);
    }

    static JsonNode stock(String productId) {
        Response stock = withToken("GET", "/api/inventory/" + productId, admin, null);
        assertThat(stock.status()).as(stock.body()).isEqualTo(200);
        return stock.json();
    }

    static int total(JsonNode stock) {
        return stock.path("available").asInt()
                + stock.path("reserved").asInt()
                + stock.path("sold").asInt();
    }
}
