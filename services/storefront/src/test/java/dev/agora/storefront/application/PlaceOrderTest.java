package dev.agora.storefront.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.storefront.adapter.out.persistence.JdbcCheckouts;
import dev.agora.storefront.application.port.OrderRefused;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Carts;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderEvent;
import dev.agora.storefront.domain.OrderHistory;
import dev.agora.storefront.domain.PaymentCard;
import dev.agora.storefront.domain.Price;
import dev.agora.storefront.domain.Product;
import dev.agora.storefront.domain.Rating;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checkout places one order per form, however many times the form is sent, in the storefront's real tables. */
class PlaceOrderTest {

    /** The orders service, as far as placing goes: records each order asked for; refuses while told to. */
    static final class OrdersService implements Orders {

        final List<UUID> placedWith = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch answering = new CountDownLatch(1);
        volatile boolean refusing;

        @Override
        public UUID place(
                List<CartLine> lines, PaymentCard card, @Nullable UUID shippingAddressId, UUID idempotencyKey) {
            try {
                answering.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refusing) {
                throw new OrderRefused("refused");
            }
            placedWith.add(idempotencyKey);
            return UUID.nameUUIDFromBytes(idempotencyKey.toString().getBytes());
        }

        @Override
        public Optional<Order> find(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrderEvent> events(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OrderHistory history(int page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancel(UUID id) {
            throw new UnsupportedOperationException();
        }
    }

    Carts carts;
    OrdersService orders = new OrdersService();
    PlaceOrder placeOrder;
    Cart alices;

    @BeforeEach
    void database() {
        DataSource database = StorefrontDatabase.migrated();
        carts = StorefrontDatabase.carts(database);
        placeOrder = new PlaceOrder(carts, orders, new JdbcCheckouts(JdbcClient.create(database), Clock.systemUTC()));
        alices = Cart.of("alice");
        alices.add(
                new Product(
                        UUID.randomUUID(),
                        "Kettle",
                        "",
                        "kitchen",
                        new Price(new BigDecimal("3.50"), Currency.getInstance("EUR")),
                        Rating.NONE),
                2);
        carts.save(alices);
    }

    PlaceOrder.Command form(UUID key) {
        return new PlaceOrder.Command("alice", Optional.of(alices.id()), PaymentCard.APPROVED, null, key);
    }

    @Test
    void a_double_click_places_one_order_and_both_clicks_get_it() throws Exception {
        UUID key = UUID.randomUUID();
        List<Future<UUID>> clicks = new ArrayList<>();
        try (ExecutorService browser = Executors.newVirtualThreadPerTaskExecutor()) {
            clicks.add(browser.submit(() -> placeOrder.place(form(key))));
            clicks.add(browser.submit(() -> placeOrder.place(form(key))));
            orders.answering.countDown();
            assertThat(clicks.get(0).get()).isEqualTo(clicks.get(1).get());
        }

        assertThat(orders.placedWith).containsExactly(key);
        assertThat(carts.find(alices.id()).orElseThrow().isEmpty())
                .as("the cart emptied")
                .isTrue();
        assertThat(placeOrder.place(form(key)))
                .as("a reload, later")
                .isEqualTo(clicks.getFirst().get());
        assertThat(orders.placedWith).hasSize(1);
    }

    @Test
    void a_refused_order_frees_its_form_to_be_sent_again() {
        UUID key = UUID.randomUUID();
        orders.answering.countDown();
        orders.refusing = true;

        assertThatThrownBy(() -> placeOrder.place(form(key))).isInstanceOf(OrderRefused.class);
        orders.refusing = false;
        placeOrder.place(form(key));

        assertThat(orders.placedWith).containsExactly(key);
    }

    @Test
    void an_empty_cart_orders_nothing() {
        orders.answering.countDown();
        alices.clear();
        carts.save(alices);

        assertThatThrownBy(() -> placeOrder.place(form(UUID.randomUUID())))
                .isInstanceOf(OrderRefused.class)
                .hasMessageContaining("empty");
        assertThat(orders.placedWith).isEmpty();
    }
}
