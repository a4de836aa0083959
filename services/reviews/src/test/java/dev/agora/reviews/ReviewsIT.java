package dev.agora.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.orders.v1.OrderCancelled;
import dev.agora.contracts.orders.v1.OrderConfirmed;
import dev.agora.contracts.orders.v1.OrderLine;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.orders.v1.OrdersTopics;
import dev.agora.contracts.reviews.v1.ProductRatingChanged;
import dev.agora.contracts.reviews.v1.ReviewsTopics;
import dev.agora.contracts.users.v1.CustomerDataErased;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.contracts.users.v1.Erasures;
import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.testing.ApiClient;
import dev.agora.testing.ApiClient.Response;
import dev.agora.testing.KafkaTopics;
import dev.agora.testing.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Reviews as customers, admins and the catalog see them, on a real (in-JVM KRaft) broker and over real HTTP: who
 * bought what comes from orders' events, authors' names from users', and every change of a product's reviews publishes
 * its whole rating.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:reviews;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(
        partitions = 3,
        topics = {
            OrdersTopics.EVENTS,
            OrdersTopics.EVENTS + ".DLT",
            UsersTopics.EVENTS,
            UsersTopics.EVENTS + ".DLT",
            ReviewsTopics.EVENTS
        })
class ReviewsIT {

    @RegisterExtension
    static final TestIssuer ISSUER = TestIssuer.start();

    static final String ADMIN = ISSUER.token(UUID.randomUUID().toString(), "ADMIN");

    static final String GOOD = """
            {"rating": 5, "title": "<b>Warm</b> light", "text": "Bought two for the reading corner."}""";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    /** A customer who bought {@code product} (a confirmed order), with a name users told. */
    String buyer(UUID product, String name) {
        String customer = UUID.randomUUID().toString();
        UUID order = UUID.randomUUID();
        publish(OrdersTopics.EVENTS, order.toString(), placed(order, customer, product));
        publish(
                OrdersTopics.EVENTS,
                order.toString(),
                OrderConfirmed.newBuilder()
                        .setOrderId(order.toString())
                        .setCustomerId(customer)
                        .build());
        publish(
                UsersTopics.EVENTS,
                customer,
                DisplayNameChanged.newBuilder()
                        .setCustomerId(customer)
                        .setDisplayName(name)
                        .setChangedAt(Instant.now().toString())
                        .build());
        return customer;
    }

    /** The buyer's review, written once their purchase reached reviews. */
    Response reviewOnceBought(UUID product, String customer, String body) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> write(product, customer, body, UUID.randomUUID().toString()), r -> r.status() != 403);
    }

    Response write(UUID product, String customer, String body, String key) {
        return api().send(
                        "POST",
                        "/api/products/" + product + "/reviews",
                        body,
                        "Authorization",
                        "Bearer " + ISSUER.token(customer, "CUSTOMER"),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        key);
    }

    JsonNode reviewsOf(UUID product, String query) {
        return api().get("/api/products/" + product + "/reviews" + query).json();
    }

    ProductRatingChanged lastRating(UUID product, int changes) throws Exception {
        List<ConsumerRecord<String, byte[]>> records =
                kafka().readKeyed(ReviewsTopics.EVENTS, product.toString(), changes);
        return ProductRatingChanged.parseFrom(records.getLast().value());
    }

    @Test
    void a_buyer_reviews_a_product_once_signed_with_their_name_and_its_rating_is_published() throws Exception {
        UUID product = UUID.randomUUID();
        String kim = buyer(product, "Kim");
        String key = UUID.randomUUID().toString();

        Response written = await().atMost(Duration.ofSeconds(15))
                .until(() -> write(product, kim, GOOD, key), r -> r.status() != 403);

        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.header("Location"))
                .hasValueSatisfying(at -> assertThat(at).startsWith("/api/reviews/"));
        assertThat(written.header("ETag")).hasValue("\"1\"");
        assertThat(written.json().path("title").asString())
                .as("kept as written")
                .isEqualTo("<b>Warm</b> light");
        assertThat(write(product, kim, GOOD, key).body())
                .as("the same key, the same answer")
                .isEqualTo(written.body());
        Response again = write(product, kim, GOOD, UUID.randomUUID().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("REVIEW_EXISTS");
        ProductRatingChanged rating = lastRating(product, 1);
        assertThat(rating.getAverage()).isEqualTo("5.0");
        assertThat(rating.getReviewCount()).isEqualTo(1);
        JsonNode listed = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> reviewsOf(product, ""),
                        page -> "Kim"
                                .equals(page.path("items")
                                        .path(0)
                                        .path("author")
                                        .asString()));
        assertThat(listed.path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void a_customer_without_a_confirmed_order_of_the_product_may_not_review_it() {
        UUID product = UUID.randomUUID();
        String lea = UUID.randomUUID().toString();
        UUID order = UUID.randomUUID();
        publish(OrdersTopics.EVENTS, order.toString(), placed(order, lea, product));
        publish(
                OrdersTopics.EVENTS,
                order.toString(),
                OrderCancelled.newBuilder()
                        .setOrderId(order.toString())
                        .setCustomerId(lea)
                        .setReason("PAYMENT_DECLINED")
                        .build());
        String other = buyer(UUID.randomUUID(), "Other"); // bought something else

        for (String customer : List.of(lea, other)) {
            Response refused = await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(
                            () -> write(
                                    product, customer, GOOD, UUID.randomUUID().toString()),
                            r -> r.status() == 403);
            assertThat(refused.json().path("code").asString()).isEqualTo("PURCHASE_REQUIRED");
        }
    }

    @Test
    void bad_reviews_are_refused_naming_each_field() {
        Response refused = write(
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                "{\"rating\": 6, \"title\": \"%s\", \"text\": \" \"}".formatted("t".repeat(121)),
                UUID.randomUUID().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("rating", "title", "text");
        assertThat(api().get("/api/products/" + UUID.randomUUID() + "/reviews?sort=stars")
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("sort");
    }

    @Test
    void only_its_author_changes_or_removes_a_review_from_the_version_they_read() throws Exception {
        UUID product = UUID.randomUUID();
        String max = buyer(product, "Max");
        String id = reviewOnceBought(product, max, GOOD).json().path("id").asString();
        String path = "/api/reviews/" + id;
        String lower = "{\"rating\": 2, \"title\": \"Dim\", \"text\": \"Less light than I thought.\"}";

        assertThat(send("PUT", path, lower, max).status()).as("no If-Match").isEqualTo(428);
        assertThat(send("PUT", path, lower, UUID.randomUUID().toString(), "If-Match", "\"1\"")
                        .json()
                        .path("code")
                        .asString())
                .as("another customer's looks absent")
                .isEqualTo("REVIEW_NOT_FOUND");
        Response changed = send("PUT", path, lower, max, "If-Match", "\"1\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValue("\"2\"");
        assertThat(send("PUT", path, GOOD, max, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(lastRating(product, 2).getAverage()).isEqualTo("2.0");

        assertThat(send("DELETE", path, null, max, "If-Match", "\"2\"").status())
                .isEqualTo(204);
        ProductRatingChanged none = lastRating(product, 3);
        assertThat(none.getReviewCount()).isZero();
        assertThat(api().get(path).status()).isEqualTo(404);
    }

    @Test
    void an_admin_hides_a_review_and_it_leaves_the_list_and_the_rating_and_the_best_come_first() throws Exception {
        UUID product = UUID.randomUUID();
        String low = reviewOnceBought(
                        product,
                        buyer(product, "Noa"),
                        "{\"rating\": 1, \"title\": \"Broke\", \"text\": \"Arrived broken.\"}")
                .json()
                .path("id")
                .asString();
        reviewOnceBought(product, buyer(product, "Oli"), GOOD);
        assertThat(reviewsOf(product, "?sort=rating").path("items").findValuesAsString("rating"))
                .containsExactly("5", "1");
        assertThat(lastRating(product, 2).getAverage()).isEqualTo("3.0");

        assertThat(send(
                                "POST",
                                "/api/reviews/" + low + "/hide",
                                null,
                                UUID.randomUUID().toString())
                        .status())
                .as("customers may not")
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/reviews/" + low + "/hide", null, "Authorization", "Bearer " + ADMIN)
                        .status())
                .isEqualTo(204);

        assertThat(api().get("/api/reviews/" + low).status())
                .as("hidden from everyone")
                .isEqualTo(404);
        assertThat(reviewsOf(product, "").path("items").findValuesAsString("rating"))
                .containsExactly("5");
        ProductRatingChanged rating = lastRating(product, 3);
        assertThat(rating.getAverage()).isEqualTo("5.0");
        assertThat(rating.getReviewCount()).isEqualTo(1);
    }

    @Test
    void a_renamed_author_signs_with_the_new_name_and_an_erased_one_as_a_former_customer() throws Exception {
        UUID product = UUID.randomUUID();
        String pia = buyer(product, "Pia");
        reviewOnceBought(product, pia, GOOD);
        publish(
                UsersTopics.EVENTS,
                pia,
                DisplayNameChanged.newBuilder()
                        .setCustomerId(pia)
                        .setDisplayName("Pia R.")
                        .setChangedAt(Instant.now().toString())
                        .build());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "Pia R."
                        .equals(reviewsOf(product, "")
                                .path("items")
                                .path(0)
                                .path("author")
                                .asString()));
        UUID erasure = UUID.randomUUID();

        publish(UsersTopics.EVENTS, erasure.toString(), Erasures.request(erasure, pia, Instant.now()));

        ConsumerRecord<String, byte[]> confirmed =
                kafka().readKeyed(ReviewsTopics.EVENTS, erasure.toString(), 1).getFirst();
        assertThat(CustomerDataErased.parseFrom(confirmed.value()).getService()).isEqualTo("reviews");
        JsonNode kept = reviewsOf(product, "").path("items").path(0);
        assertThat(kept.path("author").asString()).isEqualTo("a former customer");
        assertThat(kept.path("text").asString()).isEqualTo("Bought two for the reading corner.");
        assertThat(write(product, pia, GOOD, UUID.randomUUID().toString()).status())
                .as("what they bought is forgotten")
                .isEqualTo(403);
    }

    private Response send(String method, String path, String body, String customer, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "Authorization", "Bearer " + ISSUER.token(customer, "CUSTOMER"), "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return api().send(method, path, body, all.toArray(String[]::new));
    }

    private static OrderPlaced placed(UUID order, String customer, UUID product) {
        return OrderPlaced.newBuilder()
                .setOrderId(order.toString())
                .setCustomerId(customer)
                .addLines(
                        OrderLine.newBuilder().setProductId(product.toString()).setQuantity(1))
                .build();
    }

    private void publish(String topic, String key, Message payload) {
        kafka().publish(topic, key, payload);
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
