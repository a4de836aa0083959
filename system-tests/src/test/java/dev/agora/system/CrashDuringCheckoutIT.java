package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Faults lose no data: during a stream of 200 checkouts, each of orders, inventory, payments, notifications and the
 * Kafka broker is killed (SIGKILL, no shutdown) and started again, one after the other. Then every accepted order has
 * ended CONFIRMED or CANCELLED, none was charged twice or kept a charge it was cancelled for, the stock of every
 * product is conserved and matches what was sold, and every customer was told of each order exactly once.
 *
 * <p>It runs on the shared platform, after the classes that leave it untouched: every victim is started again, and
 * what it checks is counted from its own orders and from the stock as it found it.
 */
@ExtendWith(SharedPlatform.class)
@RestoresWhatItBreaks
class CrashDuringCheckoutIT {

    static final int CHECKOUTS = 200;
    static final Duration BETWEEN_CHECKOUTS = Duration.ofMillis(400);
    static final List<String> VICTIMS = List.of("orders", "inventory", "payments", "notifications", "kafka");
    /** Five kills and restarts take two minutes or so on two cores; a stuck one fails the test, not the build. */
    static final Duration KILLS_WITHIN = Duration.ofMinutes(8);
    /** Products seeded with hundreds of units, so that no order of the stream runs out of stock. */
    static final List<String> PRODUCTS = List.of(
            "c49c1520-e328-5fbd-8a3e-72181d6540d3",
            "a9ac0ce1-156a-5f33-971c-091669ba107b",
            "b4841400-8d5d-5271-9c81-52a49baacff0",
            "e41d4558-ac9b-5e40-84cd-1a811d8b296b");

    static RunningPlatform platform;
    static ApiClient gateway;

    @BeforeAll
    static void connect(RunningPlatform shared) {
        platform = shared;
        gateway = platform.gateway();
    }

    record Checkout(String key, String productId, int quantity, String paymentToken) {}

    /** How an order ended, and its payment's ledger once that end is settled. */
    record Ended(JsonNode order, List<String> ledger) {}

    @Test
    void killing_any_service_or_the_broker_mid_stream_loses_no_order_no_money_and_no_stock() throws Exception {
        Session admin = platform.session("admin");
        Map<String, JsonNode> stockBefore = new HashMap<>();
        PRODUCTS.forEach(product -> stockBefore.put(product, stock(product, admin)));
        Session alice = platform.session("alice");
        AtomicInteger launched = new AtomicInteger();
        List<Checkout> checkouts = new ArrayList<>();
        for (int index = 0; index < CHECKOUTS; index++) {
            checkouts.add(new Checkout(
                    UUID.randomUUID().toString(),
                    PRODUCTS.get(index % PRODUCTS.size()),
                    1 + index % 3,
                    index % 10 == 9 ? "tok_declined" : "tok_ok"));
        }

        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            for (int victim = 0; victim < VICTIMS.size(); victim++) {
                int moment = (victim + 1) * CHECKOUTS / (VICTIMS.size() + 1);
                await().atMost(Duration.ofMinutes(3)).until(() -> launched.get() >= moment);
                platform.kill(VICTIMS.get(victim));
                platform.restart(VICTIMS.get(victim));
            }
        });
        List<String> ids;
        Map<String, Ended> ends;
        ExecutorService customers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> placed = Pace.start(CHECKOUTS, BETWEEN_CHECKOUTS, customers, index -> {
                launched.incrementAndGet();
                return placeUntilAccepted(checkouts.get(index), alice);
            });
            // A victim that did not come back fails the test now, not after every retry.
            killer.get(KILLS_WITHIN.toSeconds(), TimeUnit.SECONDS);
            ids = placed.stream().map(CompletableFuture::join).toList();
            // Read back as the customers placed them, eight at a time, not one request after another.
            ends = eachOf(
                    ids,
                    id -> {
                        JsonNode order = awaitEnd(id, alice);
                        return new Ended(order, ledgerOf(id, alice, order));
                    },
                    customers);
        } finally {
            customers.shutdownNow();
        }

        assertThat(ends.values())
                .extracting(end -> end.order().path("status").asString())
                .as("every accepted order ended")
                .allMatch(status -> status.equals("CONFIRMED") || status.equals("CANCELLED"));

        Map<String, Integer> soldNow = new HashMap<>();
        for (int index = 0; index < CHECKOUTS; index++) {
            JsonNode order = ends.get(ids.get(index)).order();
            String id = ids.get(index);
            List<String> ledger = ends.get(id).ledger();
            long authorizations =
                    ledger.stream().filter("AUTHORIZATION"::equals).count();
            long refunds = ledger.stream().filter("REFUND"::equals).count();
            assertThat(authorizations).as("order %s charged at most once", id).isLessThanOrEqualTo(1);
            if (order.path("status").asString().equals("CONFIRMED")) {
                assertThat(authorizations - refunds)
                        .as("confirmed order %s is paid", id)
                        .isEqualTo(1);
                soldNow.merge(
                        checkouts.get(index).productId(), checkouts.get(index).quantity(), Integer::sum);
            } else {
                assertThat(authorizations - refunds)
                        .as(
                                "cancelled order %s (%s) costs nothing",
                                id, order.path("reason").asString())
                        .isZero();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String product : PRODUCTS) {
                JsonNode before = stockBefore.get(product);
                JsonNode after = stock(product, admin);
                assertThat(total(after)).as("stock of %s conserved", product).isEqualTo(total(before));
                assertThat(after.path("reserved").asInt())
                        .as("nothing left held of %s", product)
                        .isEqualTo(before.path("reserved").asInt());
                assertThat(after.path("sold").asInt() - before.path("sold").asInt())
                        .as("sold of %s = the confirmed orders' units", product)
                        .isEqualTo(soldNow.getOrDefault(product, 0));
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Integer> told = notificationsPerOrder(alice);
            for (String id : ids) {
                assertThat(told.getOrDefault(id, 0))
                        .as("notifications about %s", id)
                        .isEqualTo(1);
            }
        });
    }

    /** What {@code read} answers for each of {@code ids}, read on {@code threads} at once. */
    static <T> Map<String, T> eachOf(List<String> ids, Function<String, T> read, ExecutorService threads) {
        Map<String, CompletableFuture<T>> reads = new LinkedHashMap<>();
        ids.forEach(id -> reads.put(id, CompletableFuture.supplyAsync(() -> read.apply(id), threads)));
        Map<String, T> answers = new HashMap<>();
        reads.forEach((id, answer) -> answers.put(id, answer.join()));
        return answers;
    }

    /** What a careful client does: the same request, under the same key, until it is accepted. */
    static String placeUntilAccepted(Checkout checkout, Session customer) {
        Response accepted = await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(
                        () -> gateway.send(
                                "POST",
                                "/api/orders",
                                """
                                {"items": [{"productId": "%s", "quantity": %d}], "paymentToken": "%s"}""".formatted(checkout.productId(), checkout.quantity(), checkout.paymentToken()),
                                "Content-Type",
                                "application/json",
                                "Idempotency-Key",
                                checkout.key(),
                                "Authorization",
                                customer.bearer()),
                        response -> response.status() == 202);
        return accepted.json().path("id").asString();
    }

    static JsonNode awaitEnd(String id, Session customer) {
        return await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(
                        () -> gateway.get("/api/orders/" + id, "Authorization", customer.bearer())
                                .json(),
                        order -> order.path("status").asString().equals("CONFIRMED")
                                || order.path("status").asString().equals("CANCELLED"));
    }

    /** The kinds of the order's ledger entries, once payments has settled what the order's end implies. */
    static List<String> ledgerOf(String id, Session customer, JsonNode order) {
        return await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(
                        () -> {
                            JsonNode items = gateway.get(
                                            "/api/payments?orderId=" + id, "Authorization", customer.bearer())
                                    .json()
                                    .path("items");
                            return items.isEmpty()
                                    ? List.<String>of()
                                    : items.get(0).path("ledger").findValuesAsString("kind");
                        },
                        ledger -> settled(ledger, order));
    }

    /** A void may still be on its way when the order shows CANCELLED by a timeout: wait until it balances. */
    private static boolean settled(List<String> ledger, JsonNode order) {
        long authorizations = ledger.stream().filter("AUTHORIZATION"::equals).count();
        long refunds = ledger.stream().filter("REFUND"::equals).count();
        return order.path("status").asString().equals("CONFIRMED") ? authorizations == 1 : authorizations == refunds;
    }

    static Map<String, Integer> notificationsPerOrder(Session customer) {
        Map<String, Integer> told = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode found = gateway.get("/api/notifications?size=100&page=" + page, "Authorization", customer.bearer())
                    .json();
            found.path("items")
                    .forEach(notification ->
                            told.merge(notification.path("orderId").asString(), 1, Integer::sum));
            if (page + 1 >= found.path("totalPages").asInt()) {
                return told;
            }
        }
    }

    static JsonNode stock(String productId, Session admin) {
        Response stock = gateway.get("/api/inventory/" + productId, "Authorization", admin.bearer());
        assertThat(stock.status()).as(stock.body()).isEqualTo(200);
        return stock.json();
    }

    static int total(JsonNode stock) {
        return stock.path("available").asInt()
                + stock.path("reserved").asInt()
                + stock.path("sold").asInt();
    }
}
