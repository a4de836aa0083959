package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockCommitFailed;
import dev.agora.contracts.inventory.v1.StockCommitted;
import dev.agora.contracts.inventory.v1.StockReleased;
import dev.agora.contracts.inventory.v1.StockReservationFailed;
import dev.agora.contracts.inventory.v1.StockReserved;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.PaymentAuthorized;
import dev.agora.contracts.payments.v1.PaymentDeclined;
import dev.agora.contracts.payments.v1.PaymentVoided;
import dev.agora.contracts.payments.v1.PaymentsTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.ShippingAddress;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.orders.adapter.out.grpc.StandInCatalog;
import dev.agora.orders.adapter.out.grpc.StandInCatalog.Price;
import dev.agora.orders.adapter.out.grpc.StandInUsers;
import dev.agora.orders.application.history.RebuildOrderHistory;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.PostgresDatabase;
import dev.agora.testing.TestIssuer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Orders as a customer and the saga's participants see it: real HTTP with real tokens, real PostgreSQL, a real (in-JVM
 * KRaft) broker, and a real gRPC server standing in for the catalog. The test plays inventory and payments: it reads
 * the commands orders sends and answers them as they would, or not at all.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"agora.orders.step-timeout=1s", "agora.resilience.calls.grpc.deadline=500ms"})
@EmbeddedKafka(
        partitions = 3,
        topics = {
            OrdersTopics.EVENTS,
            InventoryTopics.COMMANDS,
            InventoryTopics.EVENTS,
            InventoryTopics.EVENTS + ".DLT",
            PaymentsTopics.COMMANDS,
            PaymentsTopics.EVENTS,
            PaymentsTopics.EVENTS + ".DLT",
            UsersTopics.EVENTS,
            UsersTopics.EVENTS + ".DLT"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("orders");

    static final UUID TEA_TOWELS = UUID.fromString("323efabc-cc23-5a4a-80a4-3e9bda47539f");
    static final UUID LAMP = UUID.fromString("e8b010b2-a4ea-5a54-98b6-13e6faff2c64");
    /** The stand-in catalog takes longer than the pricing deadline for this one. */
    static final UUID SLOW_TO_PRICE = UUID.fromString("00000000-0000-4000-8000-00000000510e");

    /** Priced in US dollars by the stand-in catalog, the others in euros. */
    static final UUID IN_DOLLARS = UUID.fromString("00000000-0000-4000-8000-0000000000d0");

    static final StandInCatalog CATALOG = new StandInCatalog(
            Map.of(TEA_TOWELS, Price.euros("19.90"), LAMP, Price.euros("5.00"), IN_DOLLARS, new Price("7.00", "USD")));

    static {
        CATALOG.slowToPrice(SLOW_TO_PRICE, Duration.ofSeconds(2));
    }

    static final StandInUsers USERS = new StandInUsers();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.catalog.address", () -> "static://127.0.0.1:" + CATALOG.port());
        registry.add("spring.grpc.client.channels.users.address", () -> "static://127.0.0.1:" + USERS.port());
    }

    @AfterAll
    static void stopCatalogAndUsers() {
        CATALOG.stop();
        USERS.stop();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Autowired
    RebuildOrderHistory rebuildOrderHistory;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1) // before any order: it is about what orders does on its own when it starts
    void the_call_to_the_catalog_is_warmed_up_before_orders_reports_ready() {
        ApiClient orders = ApiClient.onPort(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.get("/actuator/health/readiness").status() == 200);

        assertThat(CATALOG.connections).as("warmed up by then").hasPositiveValue();
        assertThat(CATALOG.emptyRequests).hasValue(1);
        assertThat(CATALOG.authorizations)
                .as("the warm-up call carries no token")
                .containsExactly("");
    }

    @Test
    void an_order_priced_by_the_catalog_is_reserved_authorized_and_confirmed() throws Exception {
        String alice = ISSUER.token("alice-id", "CUSTOMER");

        Response placed = place(alice, UUID.randomUUID().toString(), items(TEA_TOWELS, 2, LAMP, 1), "tok_ok");

        assertThat(placed.status()).isEqualTo(202);
        JsonNode order = placed.json();
        UUID id = UUID.fromString(order.path("id").asString());
        assertThat(placed.header("Location")).contains("/api/orders/" + id);
        assertThat(order.path("status").asString()).isEqualTo("PENDING");
        assertThat(order.path("total").path("amount").asString()).isEqualTo("44.80");
        assertThat(order.path("items").get(0).path("unitPrice").path("amount").asString())
                .isEqualTo("19.90");
        assertThat(CATALOG.authorizations).as("the customer's token went along").contains("Bearer " + alice);

        ReserveStock reserve = ReserveStock.parseFrom(
                command(InventoryTopics.COMMANDS, id, 1).getFirst().value());
        assertThat(reserve.getLinesList()).hasSize(2);
        stockReserved(id);
        AuthorizePayment authorize = AuthorizePayment.parseFrom(
                command(PaymentsTopics.COMMANDS, id, 1).getFirst().value());
        assertThat(authorize.getAmount().getAmount()).isEqualTo("44.80");
        assertThat(authorize.getPaymentToken()).isEqualTo("tok_ok");
        paymentAuthorized(id);

        assertThat(typesOf(InventoryTopics.COMMANDS, id, 2)).endsWith("agora.inventory.v1.CommitStock");
        answer(
                InventoryTopics.EVENTS,
                id,
                StockCommitted.newBuilder().setOrderId(id.toString()).build());
        assertThat(statusOf(id, alice, "CONFIRMED").path("reason").isNull()).isTrue();
        assertThat(typesOf(OrdersTopics.EVENTS, id, 2))
                .containsExactly("agora.orders.v1.OrderPlaced", "agora.orders.v1.OrderConfirmed");
        JsonNode events =
                api().get("/api/orders/" + id + "/events", bearer(alice)).json();
        assertThat(events.findValuesAsString("type"))
                .containsExactly(
                        "OrderPlaced",
                        "StepStarted",
                        "StockReserved",
                        "StepStarted",
                        "PaymentAuthorized",
                        "StepStarted",
                        "StockCommitted",
                        "OrderConfirmed");
        assertThat(events.get(0).path("data").has("paymentToken")).isFalse();
        assertThat(events.get(0).path("data").path("total").path("amount").asString())
                .isEqualTo("44.80");
        JsonNode list = api().get("/api/orders", bearer(alice)).json();
        assertThat(list.path("items").findValuesAsString("id")).contains(id.toString());
    }

    @Test
    void a_declined_payment_releases_the_stock_and_cancels_the_order() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_declined"));
        stockReserved(id);
        command(PaymentsTopics.COMMANDS, id, 1);

        answer(
                PaymentsTopics.EVENTS,
                id,
                PaymentDeclined.newBuilder()
                        .setOrderId(id.toString())
                        .setReason("card declined")
                        .build());
        assertThat(typesOf(InventoryTopics.COMMANDS, id, 2)).endsWith("agora.inventory.v1.ReleaseStock");
        answer(
                InventoryTopics.EVENTS,
                id,
                StockReleased.newBuilder().setOrderId(id.toString()).build());

        assertThat(statusOf(id, alice, "CANCELLED").path("reason").asString()).isEqualTo("PAYMENT_DECLINED");
        assertThat(typesOf(OrdersTopics.EVENTS, id, 2)).endsWith("agora.orders.v1.OrderCancelled");
    }

    @Test
    void out_of_stock_cancels_at_once_and_never_asks_for_payment() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));

        answer(
                InventoryTopics.EVENTS,
                id,
                StockReservationFailed.newBuilder()
                        .setOrderId(id.toString())
                        .addUnavailableProductIds(LAMP.toString())
                        .build());

        assertThat(statusOf(id, alice, "CANCELLED").path("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(typesOf(PaymentsTopics.COMMANDS, id, 0)).isEmpty();
    }

    @Test
    void a_participant_that_never_answers_is_asked_again_then_compensated_with_timeout() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));

        List<String> sent = typesOf(InventoryTopics.COMMANDS, id, 3);

        assertThat(sent)
                .containsExactly(
                        "agora.inventory.v1.ReserveStock",
                        "agora.inventory.v1.ReserveStock",
                        "agora.inventory.v1.ReleaseStock");
        answer(
                InventoryTopics.EVENTS,
                id,
                StockReleased.newBuilder().setOrderId(id.toString()).build());
        assertThat(statusOf(id, alice, "CANCELLED").path("reason").asString()).isEqualTo("TIMEOUT");
    }

    @Test
    void the_customer_cancels_before_confirmation_and_the_stock_is_given_back() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));

        Response cancelling = api().send("POST", "/api/orders/" + id + "/cancel", null, bearer(alice));

        assertThat(cancelling.status()).isEqualTo(202);
        assertThat(typesOf(InventoryTopics.COMMANDS, id, 2)).endsWith("agora.inventory.v1.ReleaseStock");
        answer(
                InventoryTopics.EVENTS,
                id,
                StockReleased.newBuilder().setOrderId(id.toString()).build());
        assertThat(statusOf(id, alice, "CANCELLED").path("reason").asString()).isEqualTo("CUSTOMER_CANCELLED");
        assertThat(api().send("POST", "/api/orders/" + id + "/cancel", null, bearer(alice))
                        .status())
                .as("cancelled already")
                .isEqualTo(200);
    }

    @Test
    void a_confirmed_order_cannot_be_cancelled() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));
        stockReserved(id);
        paymentAuthorized(id);
        // The payment taken in (the saga asks inventory to commit the units) before the customer asks to cancel.
        command(InventoryTopics.COMMANDS, id, 2);
        Response whilePaid = api().send("POST", "/api/orders/" + id + "/cancel", null, bearer(alice));
        answer(
                InventoryTopics.EVENTS,
                id,
                StockCommitted.newBuilder().setOrderId(id.toString()).build());
        statusOf(id, alice, "CONFIRMED");
        assertThat(whilePaid.status()).as("paid, its units being sold").isEqualTo(409);

        Response refused = api().send("POST", "/api/orders/" + id + "/cancel", null, bearer(alice));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("ORDER_ALREADY_CONFIRMED");
    }

    @Test
    void a_hold_that_expired_before_the_sale_voids_the_payment_and_cancels() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID id = idOf(place(alice, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));
        stockReserved(id);
        paymentAuthorized(id);
        command(InventoryTopics.COMMANDS, id, 2);

        answer(
                InventoryTopics.EVENTS,
                id,
                StockCommitFailed.newBuilder().setOrderId(id.toString()).build());

        assertThat(typesOf(PaymentsTopics.COMMANDS, id, 2)).endsWith("agora.payments.v1.VoidPayment");
        assertThat(typesOf(InventoryTopics.COMMANDS, id, 3)).endsWith("agora.inventory.v1.ReleaseStock");
        answer(
                PaymentsTopics.EVENTS,
                id,
                PaymentVoided.newBuilder().setOrderId(id.toString()).build());
        answer(
                InventoryTopics.EVENTS,
                id,
                StockReleased.newBuilder().setOrderId(id.toString()).build());
        assertThat(statusOf(id, alice, "CANCELLED").path("reason").asString()).isEqualTo("RESERVATION_EXPIRED");
    }

    @Test
    void the_same_key_gives_the_same_order_and_another_body_under_it_is_refused() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        String key = UUID.randomUUID().toString();

        Response first = place(alice, key, items(LAMP, 1), "tok_ok");
        Response again = place(alice, key, items(LAMP, 1), "tok_ok");
        Response other = place(alice, key, items(LAMP, 2), "tok_ok");
        Response bobs = place(ISSUER.token("bob-id", "CUSTOMER"), key, items(LAMP, 1), "tok_ok");

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(bobs.json().path("id"))
                .as("keys are per customer")
                .isNotEqualTo(first.json().path("id"));
        assertThat(typesOf(OrdersTopics.EVENTS, idOf(first), 1)).containsExactly("agora.orders.v1.OrderPlaced");
    }

    @Test
    void a_key_left_claimed_by_a_crashed_request_is_409_until_its_claim_times_out_then_the_retry_places_one_order() {
        String daveId = "dave-" + UUID.randomUUID();
        String dave = ISSUER.token(daveId, "CUSTOMER");
        String key = UUID.randomUUID().toString();
        // What a request that crashed after claiming its key, before its order committed, leaves: the claim alone.
        jdbc.sql("""
                        INSERT INTO idempotent_requests (caller, idempotency_key, fingerprint, claim_token, claimed_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(
                        daveId,
                        key,
                        fingerprintOf(items(LAMP, 1), "tok_ok"),
                        UUID.randomUUID(),
                        Timestamp.from(Instant.now()))
                .update();

        Response whileClaimed = place(dave, key, items(LAMP, 1), "tok_ok");
        jdbc.sql("UPDATE idempotent_requests SET claimed_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), key)
                .update();
        Response retry = place(dave, key, items(LAMP, 1), "tok_ok");
        Response again = place(dave, key, items(LAMP, 1), "tok_ok");

        assertThat(whileClaimed.status()).isEqualTo(409);
        assertThat(whileClaimed.json().path("code").asString()).isEqualTo("CONFLICT");
        assertThat(again.json().path("id")).isEqualTo(retry.json().path("id"));
        assertThat(again.header("Location")).isEqualTo(retry.header("Location"));
        assertThat(api().get("/api/orders", bearer(dave)).json().path("items").findValuesAsString("id"))
                .containsExactly(idOf(retry).toString());
    }

    @Test
    void bad_orders_are_refused_with_the_field_at_fault() {
        String alice = ISSUER.token("alice-id", "CUSTOMER");
        UUID unknown = UUID.randomUUID();

        assertInvalid(place(alice, "k-" + UUID.randomUUID(), "[]", "tok_ok"), "items");
        assertInvalid(place(alice, "k-" + UUID.randomUUID(), items(LAMP, 0), "tok_ok"), "items[0].quantity");
        assertInvalid(place(alice, "k-" + UUID.randomUUID(), items(LAMP, 1001), "tok_ok"), "items[0].quantity");
        assertInvalid(
                place(alice, "k-" + UUID.randomUUID(), items(LAMP, 1, unknown, 1), "tok_ok"), "items[1].productId");
        assertInvalid(place(alice, "k-" + UUID.randomUUID(), items(LAMP, 1), ""), "paymentToken");
        assertInvalid(
                place(alice, "k-" + UUID.randomUUID(), items(LAMP, 1, IN_DOLLARS, 1), "tok_ok"), "items[1].productId");
        assertInvalid(place(alice, null, items(LAMP, 1), "tok_ok"), "Idempotency-Key");
        Response withAPrice = api().send(
                        "POST",
                        "/api/orders",
                        """
                        {"items": [{"productId": "%s", "quantity": 1, "unitPrice": "0.01"}], "paymentToken": "tok_ok"}""".formatted(LAMP),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        UUID.randomUUID().toString(),
                        "Authorization",
                        "Bearer " + alice);
        assertThat(withAPrice.status()).as("a client cannot name its price").isEqualTo(400);
        assertThat(place(alice, "k-" + UUID.randomUUID(), items(SLOW_TO_PRICE, 1), "tok_ok")
                        .json()
                        .path("code")
                        .asString())
                .as("a catalog slower than the deadline")
                .isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(place(null, "k-" + UUID.randomUUID(), items(LAMP, 1), "tok_ok")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void an_order_keeps_a_copy_of_the_customers_address_and_refuses_one_that_is_not_theirs() {
        String dora = ISSUER.token("dora-" + UUID.randomUUID(), "CUSTOMER");
        String home = UUID.randomUUID().toString();
        USERS.knows(
                dora,
                ShippingAddress.newBuilder()
                        .setAddressId(home)
                        .setLabel("Home")
                        .setRecipient("Dora Martin")
                        .setLine1("12 rue des Lilas")
                        .setPostalCode("75011")
                        .setCity("Paris")
                        .setCountry("FR")
                        .build());

        Response placed = placeShippedTo(dora, home);

        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        JsonNode shipping =
                api().get("/api/orders/" + idOf(placed), bearer(dora)).json().path("shippingAddress");
        assertThat(shipping.path("addressId").asString()).isEqualTo(home);
        assertThat(shipping.path("recipient").asString()).isEqualTo("Dora Martin");
        assertThat(shipping.path("line2").isNull()).as("none given").isTrue();
        assertInvalid(placeShippedTo(ISSUER.token("eve-" + UUID.randomUUID(), "CUSTOMER"), home), "shippingAddressId");
        assertThat(place(dora, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok")
                        .json()
                        .path("shippingAddress")
                        .isNull())
                .as("no address named, none kept")
                .isTrue();
    }

    @Test
    void an_erasure_leaves_the_customers_orders_with_a_pseudonym_and_no_address_and_is_confirmed() {
        String fay = "fay-" + UUID.randomUUID();
        String token = ISSUER.token(fay, "CUSTOMER");
        String home = UUID.randomUUID().toString();
        USERS.knows(
                token,
                ShippingAddress.newBuilder()
                        .setAddressId(home)
                        .setRecipient("Fay Lemaire")
                        .setLine1("3 place du Marché")
                        .setPostalCode("69002")
                        .setCity("Lyon")
                        .setCountry("FR")
                        .build());
        UUID shipped = idOf(placeShippedTo(token, home));
        UUID other = idOf(place(token, UUID.randomUUID().toString(), items(TEA_TOWELS, 1), "tok_ok"));
        UUID erasure = UUID.randomUUID();

        kafka().publish(UsersTopics.EVENTS, erasure.toString(), Erasures.request(erasure, fay, Instant.now()));

        List<ConsumerRecord<String, byte[]>> confirmed = kafka().readKeyed(OrdersTopics.EVENTS, erasure.toString(), 1);
        assertThat(KafkaTopics.header(confirmed.getFirst(), "ce_type"))
                .isEqualTo(CustomerDataErased.getDescriptor().getFullName());
        String admin = ISSUER.token("admin-id", "ADMIN");
        JsonNode kept = api().get("/api/orders/" + shipped, bearer(admin)).json();
        assertThat(kept.path("items").findValuesAsString("productId")).containsExactly(LAMP.toString());
        assertThat(kept.path("shippingAddress").isNull())
                .as("the address copy is gone")
                .isTrue();
        assertThat(api().get("/api/orders", bearer(token)).json().path("items"))
                .as("filed under the pseudonym, no longer the customer's")
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_events WHERE data LIKE ? OR data LIKE ?")
                        .params("%" + fay + "%", "%Fay Lemaire%")
                        .query(Long.class)
                        .single())
                .as("nothing of the customer left in the stored events")
                .isZero();
        assertThat(jdbc.sql("SELECT customer_id FROM order_history WHERE order_id IN (?, ?)")
                        .params(shipped, other)
                        .query(String.class)
                        .list())
                .containsOnly(Erasures.pseudonym(erasure.toString()));
        rebuildOrderHistory.rebuild();
        assertThat(api().get("/api/orders", bearer(token)).json().path("items"))
                .as("a rebuilt history holds the pseudonym too")
                .isEmpty();
    }

    private Response placeShippedTo(String token, String addressId) {
        return api().send(
                        "POST",
                        "/api/orders",
                        """
                {"items": %s, "paymentToken": "tok_ok", "shippingAddressId": "%s"}""".formatted(items(LAMP, 1), addressId),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        UUID.randomUUID().toString(),
                        "Authorization",
                        "Bearer " + token);
    }

    @Test
    void another_customers_order_does_not_exist_for_you() {
        UUID id = idOf(
                place(ISSUER.token("alice-id", "CUSTOMER"), UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));
        String bob = ISSUER.token("bob-id", "CUSTOMER");

        for (Response response : List.of(
                api().get("/api/orders/" + id, bearer(bob)),
                api().get("/api/orders/" + id + "/events", bearer(bob)),
                api().send("POST", "/api/orders/" + id + "/cancel", null, bearer(bob)))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("code").asString()).isEqualTo("ORDER_NOT_FOUND");
        }
        assertThat(api().get("/api/orders", bearer(bob)).json().path("items").findValuesAsString("id"))
                .doesNotContain(id.toString());
        assertThat(api().get("/api/orders/" + id, bearer(ISSUER.token("admin-id", "ADMIN")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the_order_history_is_rebuilt_from_the_events_alone() {
        String carol = ISSUER.token("carol-" + UUID.randomUUID(), "CUSTOMER");
        UUID first = idOf(place(carol, UUID.randomUUID().toString(), items(LAMP, 1), "tok_ok"));
        UUID second = idOf(place(carol, UUID.randomUUID().toString(), items(TEA_TOWELS, 3), "tok_ok"));
        JsonNode before = api().get("/api/orders", bearer(carol)).json().path("items");

        jdbc.sql("DELETE FROM order_history").update();
        assertThat(api().get("/api/orders", bearer(carol)).json().path("items")).isEmpty();
        rebuildOrderHistory.rebuild();

        JsonNode after = api().get("/api/orders", bearer(carol)).json().path("items");
        assertThat(after.findValuesAsString("id")).containsExactly(second.toString(), first.toString());
        assertThat(after).isEqualTo(before);
    }

    /** The fingerprint orders keeps for this request, read from the one it kept for the same body under another key. */
    private String fingerprintOf(String items, String paymentToken) {
        String key = UUID.randomUUID().toString();
        idOf(place(ISSUER.token("erin-" + UUID.randomUUID(), "CUSTOMER"), key, items, paymentToken));
        return jdbc.sql("SELECT fingerprint FROM idempotent_requests WHERE idempotency_key = ?")
                .param(key)
                .query(String.class)
                .single();
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
    }

    private Response place(String token, String key, String items, String paymentToken) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (key != null) {
            headers.addAll(List.of("Idempotency-Key", key));
        }
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return api().send(
                        "POST",
                        "/api/orders",
                        "{\"items\": " + items + ", \"paymentToken\": \"" + paymentToken + "\"}",
                        headers.toArray(String[]::new));
    }

    private static String items(Object... productsAndQuantities) {
        StringBuilder items = new StringBuilder("[");
        for (int index = 0; index < productsAndQuantities.length; index += 2) {
            items.append(index == 0 ? "" : ", ")
                    .append("{\"productId\": \"%s\", \"quantity\": %s}"
                            .formatted(productsAndQuantities[index], productsAndQuantities[index + 1]));
        }
        return items.append("]").toString();
    }

    private static UUID idOf(Response placed) {
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        return UUID.fromString(placed.json().path("id").asString());
    }

    private JsonNode statusOf(UUID id, String token, String status) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api().get("/api/orders/" + id, bearer(token)).json(),
                        order -> order.path("status").asString().equals(status));
    }

    private List<ConsumerRecord<String, byte[]>> command(String topic, UUID id, int count) {
        return kafka().readKeyed(topic, id.toString(), count);
    }

    private List<String> typesOf(String topic, UUID id, int count) {
        return command(topic, id, count).stream()
                .map(record -> KafkaTopics.header(record, "ce_type"))
                .toList();
    }

    private void stockReserved(UUID id) {
        answer(
                InventoryTopics.EVENTS,
                id,
                StockReserved.newBuilder().setOrderId(id.toString()).build());
    }

    private void paymentAuthorized(UUID id) {
        answer(
                PaymentsTopics.EVENTS,
                id,
                PaymentAuthorized.newBuilder()
                        .setOrderId(id.toString())
                        .setPaymentId(UUID.randomUUID().toString())
                        .build());
    }

    private void answer(String topic, UUID id, Message answer) {
        kafka().publish(topic, id.toString(), answer);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
