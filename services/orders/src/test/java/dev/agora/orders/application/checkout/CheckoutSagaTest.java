package dev.agora.orders.application.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.orders.application.history.OrderHistory;
import dev.agora.orders.application.history.OrderSummary;
import dev.agora.orders.application.port.CheckoutDeadlines;
import dev.agora.orders.application.port.CheckoutMessages;
import dev.agora.orders.application.port.CheckoutTelemetry;
import dev.agora.orders.domain.CancellationReason;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderAlreadyConfirmed;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.OrderLine;
import dev.agora.orders.domain.OrderStatus;
import dev.agora.orders.domain.Orders;
import dev.agora.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The checkout saga against participants that keep the contracts of inventory and payments (idempotent per order,
 * release and void as compensations), under any interleaving of their deliveries (each in order per order and topic, as
 * Kafka keeps them), answers delivered twice, holds expiring, deadlines passing at any
 * moment and a customer cancelling at any moment. Whatever happens, the order ends CONFIRMED or CANCELLED, stock is
 * conserved and nothing is held, and money balances: charged once for a confirmed order, nothing for a cancelled one.
 */
class CheckoutSagaTest {

    private static final UUID PRODUCT = UUID.fromString("323efabc-cc23-5a4a-80a4-3e9bda47539f");
    private static final Money PRICE = Money.of("19.90", "EUR");
    private static final int STEP_ATTEMPTS = 2;
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(4);

    /** One thing that can happen next, in the world around the saga. */
    enum Happening {
        INVENTORY_TAKES_A_COMMAND,
        PAYMENTS_TAKES_A_COMMAND,
        ORDERS_TAKES_A_STOCK_ANSWER,
        ORDERS_TAKES_A_PAYMENT_ANSWER,
        AN_ANSWER_COMES_TWICE,
        A_DEADLINE_PASSES,
        THE_CUSTOMER_CANCELS,
        /** Inventory gives a hold back on its own (its 15 minutes passed while the saga was held up). */
        THE_HOLD_EXPIRES
    }

    @Property(tries = 500)
    void every_checkout_ends_terminal_with_balanced_stock_and_money(
            @ForAll("happenings") List<Happening> happenings,
            @ForAll @IntRange(min = 0, max = 3) int unitsInStock,
            @ForAll @IntRange(min = 1, max = 2) int quantity,
            @ForAll boolean cardIsGood) {
        World world = new World(unitsInStock, cardIsGood);
        Order placed = world.place(quantity);

        happenings.forEach(world::let);
        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.status()).isIn(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
        assertThat(world.deadlines.due)
                .as("an ended checkout waits for nothing")
                .isEmpty();
        assertThat(world.inventory.available + world.inventory.reserved + world.inventory.sold)
                .as("stock is conserved")
                .isEqualTo(unitsInStock);
        assertThat(world.inventory.reserved).as("nothing stays held").isZero();
        assertThat(world.payments.authorizations).as("charged at most once").isLessThanOrEqualTo(1);
        if (order.status() == OrderStatus.CONFIRMED) {
            assertThat(world.inventory.sold).isEqualTo(quantity);
            assertThat(world.payments.netCharge()).isEqualTo(1);
        } else {
            assertThat(world.inventory.sold).isZero();
            assertThat(world.payments.netCharge())
                    .as("a cancelled order costs nothing")
                    .isZero();
            assertThat(order.reason()).isPresent();
        }
        assertThat(world.history.get(order.id()).status())
                .as("the read model follows")
                .isEqualTo(order.status());
        assertThat(world.telemetry)
                .as("counted placed once and ended once, whatever came twice")
                .containsExactly("placed", "ended " + order.status());
    }

    @Provide
    Arbitrary<List<Happening>> happenings() {
        return Arbitraries.of(Happening.class).list().ofMaxSize(40);
    }

    @Example
    void a_good_card_and_stock_confirm_the_order() {
        World world = new World(5, true);
        Order placed = world.place(2);

        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(world.inventory.sold).isEqualTo(2);
        assertThat(world.published).containsExactly("OrderPlaced", "OrderConfirmed");
    }

    @Example
    void a_declined_card_releases_the_stock_and_cancels_with_payment_declined() {
        World world = new World(5, false);
        Order placed = world.place(1);

        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.reason()).contains(CancellationReason.PAYMENT_DECLINED);
        assertThat(world.inventory.available).isEqualTo(5);
        assertThat(world.orders.history(order.id()).stream()
                        .map(event -> event.getClass().getSimpleName()))
                .containsExactly(
                        "OrderPlaced",
                        "StepStarted",
                        "StockReserved",
                        "StepStarted",
                        "PaymentDeclined",
                        "CompensationStarted",
                        "StockReleased",
                        "OrderCancelled");
    }

    @Example
    void no_stock_cancels_with_out_of_stock_and_never_asks_for_payment() {
        World world = new World(0, true);
        Order placed = world.place(1);

        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.reason()).contains(CancellationReason.OUT_OF_STOCK);
        assertThat(world.payments.commandsSeen).isZero();
    }

    @Example
    void a_payment_that_never_answers_is_asked_again_then_voided_with_timeout() {
        World world = new World(5, true);
        Order placed = world.place(1);
        world.let(Happening.INVENTORY_TAKES_A_COMMAND);
        world.let(Happening.ORDERS_TAKES_A_STOCK_ANSWER);

        world.let(Happening.A_DEADLINE_PASSES);
        world.let(Happening.A_DEADLINE_PASSES);
        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.reason()).contains(CancellationReason.TIMEOUT);
        assertThat(world.payments.commandsSeen).as("authorize twice, then void").isEqualTo(3);
        assertThat(world.payments.netCharge()).isZero();
        assertThat(world.inventory.available).isEqualTo(5);
    }

    @Example
    void a_hold_that_expired_before_the_sale_cancels_and_refunds_the_order() {
        World world = new World(5, true);
        Order placed = world.place(1);
        world.let(Happening.INVENTORY_TAKES_A_COMMAND);
        world.let(Happening.ORDERS_TAKES_A_STOCK_ANSWER);
        world.let(Happening.PAYMENTS_TAKES_A_COMMAND);
        world.let(Happening.ORDERS_TAKES_A_PAYMENT_ANSWER);

        world.let(Happening.THE_HOLD_EXPIRES);
        world.settle();

        Order order = world.orders.find(placed.id()).orElseThrow();
        assertThat(order.reason()).contains(CancellationReason.RESERVATION_EXPIRED);
        assertThat(world.payments.netCharge()).isZero();
        assertThat(world.inventory.available).isEqualTo(5);
    }

    /** The saga with an in-memory event store and participants that keep the contracts of the real ones. */
    static final class World {

        final MovableClock clock = new MovableClock();
        final InMemoryOrders orders = new InMemoryOrders();
        final InMemoryDeadlines deadlines = new InMemoryDeadlines();
        final Map<UUID, OrderSummary> history = new HashMap<>();
        final Inventory inventory;
        final Payments payments;
        final Deque<Runnable> toInventory = new ArrayDeque<>();
        final Deque<Runnable> toPayments = new ArrayDeque<>();
        final Deque<Consumer<Order>> stockAnswers = new ArrayDeque<>();
        final Deque<Consumer<Order>> paymentAnswers = new ArrayDeque<>();
        final List<String> published = new ArrayList<>();
        final List<String> telemetry = new ArrayList<>();
        final CheckoutSaga saga;
        final CheckoutTimeouts timeouts;
        Consumer<Order> lastAnswer = order -> {};
        UUID orderId = UUID.randomUUID();

        World(int unitsInStock, boolean cardIsGood) {
            inventory = new Inventory(unitsInStock);
            payments = new Payments(cardIsGood);
            saga = new CheckoutSaga(orders, messages(), deadlines, history(), telemetry(), clock, STEP_TIMEOUT);
            timeouts = new CheckoutTimeouts(
                    saga, deadlines, TransactionOperations.withoutTransaction(), clock, STEP_ATTEMPTS);
        }

        Order place(int quantity) {
            Order order = Order.place(
                    orderId, "alice", List.of(new OrderLine(PRODUCT, quantity, PRICE)), "tok", null, clock.instant());
            saga.record(order);
            return order;
        }

        void let(Happening happening) {
            switch (happening) {
                case INVENTORY_TAKES_A_COMMAND -> run(toInventory);
                case PAYMENTS_TAKES_A_COMMAND -> run(toPayments);
                case ORDERS_TAKES_A_STOCK_ANSWER -> answer(stockAnswers);
                case ORDERS_TAKES_A_PAYMENT_ANSWER -> answer(paymentAnswers);
                case AN_ANSWER_COMES_TWICE -> saga.answer(orderId, (order, now) -> lastAnswer.accept(order));
                case A_DEADLINE_PASSES -> {
                    clock.advance(STEP_TIMEOUT.plusMillis(1));
                    timeouts.expire(10);
                }
                case THE_CUSTOMER_CANCELS ->
                    saga.answer(orderId, (order, now) -> {
                        try {
                            order.cancel(now);
                        } catch (OrderAlreadyConfirmed refused) {
                            // 409 for the customer; nothing changes
                        }
                    });
                case THE_HOLD_EXPIRES -> inventory.expire().ifPresent(stockAnswers::add);
            }
        }

        /** Delivers everything and lets deadlines pass until nothing is left to happen (bounded). */
        void settle() {
            for (int round = 0; round < 1_000; round++) {
                if (!toInventory.isEmpty()) {
                    run(toInventory);
                } else if (!toPayments.isEmpty()) {
                    run(toPayments);
                } else if (!stockAnswers.isEmpty()) {
                    answer(stockAnswers);
                } else if (!paymentAnswers.isEmpty()) {
                    answer(paymentAnswers);
                } else if (!deadlines.due.isEmpty()) {
                    let(Happening.A_DEADLINE_PASSES);
                } else {
                    return;
                }
            }
            throw new AssertionError("The checkout did not settle in 1000 rounds");
        }

        private static void run(Deque<Runnable> commands) {
            Runnable command = commands.pollFirst();
            if (command != null) {
                command.run();
            }
        }

        private void answer(Deque<Consumer<Order>> answers) {
            Consumer<Order> answer = answers.pollFirst();
            if (answer != null) {
                lastAnswer = answer;
                saga.answer(orderId, (order, now) -> answer.accept(order));
            }
        }

        private CheckoutTelemetry telemetry() {
            return new CheckoutTelemetry() {
                @Override
                public void moved(Order order) {}

                @Override
                public void placed(Order order) {
                    telemetry.add("placed");
                }

                @Override
                public void ended(Order order) {
                    telemetry.add("ended " + order.status());
                }
            };
        }

        private OrderHistory history() {
            return new OrderHistory() {
                @Override
                public void put(OrderSummary summary) {
                    history.put(summary.orderId(), summary);
                }

                @Override
                public List<OrderSummary> list(String customerId, int page, int size) {
                    return List.copyOf(history.values());
                }

                @Override
                public long count(String customerId) {
                    return history.size();
                }

                @Override
                public List<UUID> orderIdsOf(String customerId) {
                    return history.values().stream()
                            .filter(summary -> summary.customerId().equals(customerId))
                            .map(OrderSummary::orderId)
                            .toList();
                }

                @Override
                public void pseudonymise(String customerId, String pseudonym) {
                    history.replaceAll((id, summary) -> summary.customerId().equals(customerId)
                            ? new OrderSummary(
                                    id,
                                    pseudonym,
                                    summary.status(),
                                    summary.reason(),
                                    summary.total(),
                                    summary.itemCount(),
                                    summary.placedAt(),
                                    summary.updatedAt())
                            : summary);
                }

                @Override
                public void clear() {
                    history.clear();
                }
            };
        }

        private CheckoutMessages messages() {
            return new CheckoutMessages() {
                @Override
                public void reserveStock(Order order) {
                    int quantity = order.lines().getFirst().quantity();
                    toInventory.add(() -> stockAnswers.add(inventory.reserve(quantity)));
                }

                @Override
                public void authorizePayment(Order order) {
                    toPayments.add(() -> paymentAnswers.add(payments.authorize()));
                }

                @Override
                public void commitStock(UUID id) {
                    toInventory.add(() -> stockAnswers.add(inventory.commit()));
                }

                @Override
                public void releaseStock(UUID id) {
                    toInventory.add(() -> stockAnswers.add(inventory.release()));
                }

                @Override
                public void voidPayment(UUID id) {
                    toPayments.add(() -> paymentAnswers.add(payments.voidPayment()));
                }

                @Override
                public void orderPlaced(Order order) {
                    published.add("OrderPlaced");
                }

                @Override
                public void orderConfirmed(Order order) {
                    published.add("OrderConfirmed");
                }

                @Override
                public void orderCancelled(Order order) {
                    published.add("OrderCancelled");
                }
            };
        }

        private Instant now() {
            return clock.instant();
        }

        /** Inventory's contract for one order: all or nothing, idempotent, a release of nothing is remembered. */
        final class Inventory {
            int available;
            int reserved;
            int sold;
            String reservation = "NONE";
            int held;

            Inventory(int units) {
                available = units;
            }

            Consumer<Order> reserve(int quantity) {
                if (reservation.equals("NONE")) {
                    if (available >= quantity) {
                        available -= quantity;
                        reserved += quantity;
                        held = quantity;
                        reservation = "HELD";
                    } else {
                        reservation = "REJECTED";
                    }
                }
                return switch (reservation) {
                    case "HELD", "COMMITTED" -> order -> order.stockReserved(now());
                    case "REJECTED" -> order -> order.stockReservationFailed(List.of(PRODUCT), now());
                    default -> order -> order.stockReleased(now());
                };
            }

            Consumer<Order> release() {
                if (reservation.equals("HELD")) {
                    available += held;
                    reserved -= held;
                }
                if (!reservation.equals("COMMITTED")) {
                    reservation = "RELEASED";
                }
                return order -> order.stockReleased(now());
            }

            Consumer<Order> commit() {
                if (reservation.equals("HELD")) {
                    reserved -= held;
                    sold += held;
                    reservation = "COMMITTED";
                }
                return reservation.equals("COMMITTED")
                        ? order -> order.stockCommitted(now())
                        : order -> order.stockCommitFailed(now());
            }

            Optional<Consumer<Order>> expire() {
                if (!reservation.equals("HELD")) {
                    return Optional.empty();
                }
                available += held;
                reserved -= held;
                reservation = "RELEASED";
                return Optional.of(order -> order.stockReleased(now()));
            }
        }

        /** Payments' contract for one order: one charge at most; a void refunds it and refuses any later one. */
        final class Payments {
            final boolean cardIsGood;
            String payment = "NONE";
            int authorizations;
            int refunds;
            int commandsSeen;

            Payments(boolean cardIsGood) {
                this.cardIsGood = cardIsGood;
            }

            Consumer<Order> authorize() {
                commandsSeen++;
                if (payment.equals("NONE")) {
                    payment = cardIsGood ? "AUTHORIZED" : "DECLINED";
                    authorizations += cardIsGood ? 1 : 0;
                }
                UUID paymentId = UUID.nameUUIDFromBytes(orderId.toString().getBytes());
                return switch (payment) {
                    case "AUTHORIZED" -> order -> order.paymentAuthorized(paymentId, now());
                    case "DECLINED" -> order -> order.paymentDeclined("card declined", now());
                    default -> order -> order.paymentVoided(now());
                };
            }

            Consumer<Order> voidPayment() {
                commandsSeen++;
                if (payment.equals("AUTHORIZED")) {
                    refunds++;
                }
                payment = "VOIDED";
                return order -> order.paymentVoided(now());
            }

            int netCharge() {
                return authorizations - refunds;
            }
        }
    }

    static final class InMemoryOrders implements Orders {

        private final Map<UUID, List<OrderEvent>> streams = new HashMap<>();

        @Override
        public Optional<Order> lock(UUID orderId) {
            return find(orderId);
        }

        @Override
        public Optional<Order> find(UUID orderId) {
            List<OrderEvent> events = streams.get(orderId);
            return events == null ? Optional.empty() : Optional.of(Order.replay(orderId, events));
        }

        @Override
        public List<OrderEvent> history(UUID orderId) {
            return List.copyOf(streams.getOrDefault(orderId, List.of()));
        }

        @Override
        public void save(Order order) {
            List<OrderEvent> events = streams.computeIfAbsent(order.id(), id -> new ArrayList<>());
            assertThat(events).as("saved at the version it was read at").hasSize(order.version());
            events.addAll(order.changes());
            order.markSaved();
        }

        @Override
        public void rewrite(UUID orderId, UnaryOperator<OrderEvent> rewrite) {
            streams.getOrDefault(orderId, new ArrayList<>()).replaceAll(rewrite);
        }

        @Override
        public List<UUID> ids(int offset, int limit) {
            return streams.keySet().stream().skip(offset).limit(limit).toList();
        }
    }

    static final class InMemoryDeadlines implements CheckoutDeadlines {

        final Map<UUID, Instant> due = new HashMap<>();

        @Override
        public void set(UUID orderId, Instant deadline) {
            due.put(orderId, deadline);
        }

        @Override
        public void clear(UUID orderId) {
            due.remove(orderId);
        }

        @Override
        public List<UUID> due(Instant now, int limit) {
            return due.entrySet().stream()
                    .filter(entry -> !entry.getValue().isAfter(now))
                    .map(Map.Entry::getKey)
                    .limit(limit)
                    .toList();
        }

        @Override
        public boolean isDue(UUID orderId, Instant now) {
            Instant deadline = due.get(orderId);
            return deadline != null && !deadline.isAfter(now);
        }
    }
}
