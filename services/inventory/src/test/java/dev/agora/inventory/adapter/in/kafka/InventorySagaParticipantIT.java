package dev.agora.inventory.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Message;
import dev.agora.contracts.inventory.v1.CommitStock;
import dev.agora.contracts.inventory.v1.InventoryTopics;
import dev.agora.contracts.inventory.v1.ReleaseStock;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockLine;
import dev.agora.contracts.inventory.v1.StockReleased;
import dev.agora.contracts.inventory.v1.StockReservationFailed;
import dev.agora.inventory.application.ViewStock;
import dev.agora.inventory.domain.Stock;
import dev.agora.testing.KafkaTopics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Inventory as the checkout saga sees it, on a real (in-JVM KRaft) broker: commands in on inventory.commands.v1, answers
 * out on inventory.events.v1, stock conserved and never negative, every command idempotent per order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties =
                "spring.datasource.url=jdbc:h2:mem:inventory-saga;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(
        partitions = 3,
        topics = {InventoryTopics.COMMANDS, InventoryTopics.COMMANDS + ".DLT", InventoryTopics.EVENTS})
class InventorySagaParticipantIT {

    /** Seeded with a single unit (db/seed): the oak dining table. */
    static final UUID LAST_UNIT = UUID.fromString("e8b010b2-a4ea-5a54-98b6-13e6faff2c64");
    /** Seeded with 490 units (db/seed): the linen tea towels, enough for every test of this class. */
    static final UUID TEA_TOWELS = UUID.fromString("323efabc-cc23-5a4a-80a4-3e9bda47539f");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ViewStock viewStock;

    @Test
    void reserves_then_commits_and_the_units_are_sold() {
        Stock before = viewStock.view(TEA_TOWELS);
        UUID order = UUID.randomUUID();

        command(order, reserve(order, TEA_TOWELS, 2));
        assertThat(typesOf(order, 1)).containsExactly("agora.inventory.v1.StockReserved");
        assertThat(viewStock.view(TEA_TOWELS).available()).isEqualTo(before.available() - 2);

        command(order, CommitStock.newBuilder().setOrderId(order.toString()).build());
        assertThat(typesOf(order, 2)).endsWith("agora.inventory.v1.StockCommitted");
        Stock after = viewStock.view(TEA_TOWELS);
        assertThat(after.sold()).isEqualTo(before.sold() + 2);
        assertThat(after.total()).isEqualTo(before.total());
    }

    @Test
    void a_commit_after_the_hold_was_given_back_fails_and_sells_nothing() {
        Stock before = viewStock.view(TEA_TOWELS);
        UUID order = UUID.randomUUID();
        command(order, reserve(order, TEA_TOWELS, 1));
        command(order, ReleaseStock.newBuilder().setOrderId(order.toString()).build());

        command(order, CommitStock.newBuilder().setOrderId(order.toString()).build());

        assertThat(typesOf(order, 3))
                .containsExactly(
                        "agora.inventory.v1.StockReserved",
                        "agora.inventory.v1.StockReleased",
                        "agora.inventory.v1.StockCommitFailed");
        assertThat(viewStock.view(TEA_TOWELS).sold()).isEqualTo(before.sold());
    }

    @Test
    void a_command_sent_again_acts_once_and_answers_the_same() {
        Stock before = viewStock.view(TEA_TOWELS);
        UUID order = UUID.randomUUID();

        command(order, reserve(order, TEA_TOWELS, 1));
        command(order, reserve(order, TEA_TOWELS, 1)); // a retry of the saga: a new message, the same order

        assertThat(typesOf(order, 2))
                .containsExactly("agora.inventory.v1.StockReserved", "agora.inventory.v1.StockReserved");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(viewStock.view(TEA_TOWELS).reserved()).isEqualTo(before.reserved() + 1));
    }

    @Test
    void refuses_more_than_is_available_and_holds_nothing() throws Exception {
        Stock before = viewStock.view(TEA_TOWELS);
        UUID order = UUID.randomUUID();

        command(order, reserve(order, TEA_TOWELS, before.available() + 1));

        ConsumerRecord<String, byte[]> answer = answers(order, 1).getFirst();
        assertThat(KafkaTopics.header(answer, "ce_type")).isEqualTo("agora.inventory.v1.StockReservationFailed");
        assertThat(StockReservationFailed.parseFrom(answer.value()).getUnavailableProductIdsList())
                .containsExactly(TEA_TOWELS.toString());
        assertThat(viewStock.view(TEA_TOWELS)).isEqualTo(before);
    }

    @Test
    void release_gives_the_units_back_and_a_second_release_gives_nothing() throws Exception {
        Stock before = viewStock.view(TEA_TOWELS);
        UUID order = UUID.randomUUID();
        command(order, reserve(order, TEA_TOWELS, 3));

        command(order, ReleaseStock.newBuilder().setOrderId(order.toString()).build());
        command(order, ReleaseStock.newBuilder().setOrderId(order.toString()).build());

        List<ConsumerRecord<String, byte[]>> answers = answers(order, 3);
        assertThat(answers.stream().map(record -> KafkaTopics.header(record, "ce_type")))
                .containsExactly(
                        "agora.inventory.v1.StockReserved",
                        "agora.inventory.v1.StockReleased",
                        "agora.inventory.v1.StockReleased");
        assertThat(StockReleased.parseFrom(answers.get(1).value()).getReleasedUnits())
                .isEqualTo(3);
        assertThat(StockReleased.parseFrom(answers.get(2).value()).getReleasedUnits())
                .isZero();
        assertThat(viewStock.view(TEA_TOWELS)).isEqualTo(before);
    }

    @Test
    void two_orders_racing_for_the_last_unit_one_gets_it() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        command(first, reserve(first, LAST_UNIT, 1));
        command(second, reserve(second, LAST_UNIT, 1));

        List<String> outcomes =
                List.of(typesOf(first, 1).getFirst(), typesOf(second, 1).getFirst());
        assertThat(outcomes)
                .containsExactlyInAnyOrder(
                        "agora.inventory.v1.StockReserved", "agora.inventory.v1.StockReservationFailed");
        Stock table = viewStock.view(LAST_UNIT);
        assertThat(table.available()).isZero();
        assertThat(table.total()).isEqualTo(1);
    }

    @Test
    void a_reserve_without_lines_goes_to_the_dead_letter_topic() {
        UUID order = UUID.randomUUID();

        command(order, ReserveStock.newBuilder().setOrderId(order.toString()).build());

        ConsumerRecord<String, byte[]> dead = kafka().readKeyed(InventoryTopics.COMMANDS + ".DLT", order.toString(), 1)
                .getFirst();
        assertThat(KafkaTopics.header(dead, "kafka_dlt-exception-message")).contains("at least one line");
    }

    private static ReserveStock reserve(UUID order, UUID product, int quantity) {
        return ReserveStock.newBuilder()
                .setOrderId(order.toString())
                .addLines(
                        StockLine.newBuilder().setProductId(product.toString()).setQuantity(quantity))
                .build();
    }

    private void command(UUID order, Message command) {
        kafka().publish(InventoryTopics.COMMANDS, order.toString(), command);
    }

    private List<ConsumerRecord<String, byte[]>> answers(UUID order, int count) {
        return kafka().readKeyed(InventoryTopics.EVENTS, order.toString(), count);
    }

    private List<String> typesOf(UUID order, int count) {
        return answers(order, count).stream()
                .map(record -> KafkaTopics.header(record, "ce_type"))
                .toList();
    }

    private KafkaTopics kafka() {
        return new KafkaTopics(bootstrapServers);
    }
}
