package dev.agora.orders.application;

import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.application.port.OrderRequests;
import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderLine;
import dev.agora.orders.domain.Orders;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Places an order at the catalog's prices and starts its checkout. Idempotent per customer and key: the same request
 * again gets the order it placed; another request under a used key is refused.
 */
public class PlaceOrder {

    public static final int MAX_ITEMS = 100;

    private final ProductPrices prices;
    private final OrderRequests requests;
    private final Orders orders;
    private final CheckoutSaga saga;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public PlaceOrder(
            ProductPrices prices,
            OrderRequests requests,
            Orders orders,
            CheckoutSaga saga,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.prices = prices;
        this.requests = requests;
        this.orders = orders;
        this.saga = saga;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record Item(UUID productId, int quantity) {
        public Item {
            Objects.requireNonNull(productId, "productId");
            if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
                throw new IllegalArgumentException("A quantity is 1 to " + OrderLine.MAX_QUANTITY);
            }
        }
    }

    /**
     * @param fingerprint what identifies the request's content (a hash of it), to tell a retry from a reuse of the key
     */
    public record Command(
            String customerId, String idempotencyKey, String fingerprint, List<Item> items, String paymentToken) {
        public Command {
            items = List.copyOf(items);
            if (items.isEmpty() || items.size() > MAX_ITEMS) {
                throw new IllegalArgumentException("An order has 1 to " + MAX_ITEMS + " items");
            }
            if (customerId.isBlank() || idempotencyKey.isBlank() || paymentToken.isBlank()) {
                throw new IllegalArgumentException("An order needs a customer, an idempotency key and a payment token");
            }
        }
    }

    /** The order, and whether this request placed it (false: an earlier one with the same key did). */
    public record Placed(Order order, boolean isNew) {}

    /** Some products of the order are not in the catalog: nothing was placed. */
    public static class UnknownProducts extends RuntimeException {

        private final List<UUID> productIds;

        public UnknownProducts(List<UUID> productIds) {
            super("No such products: " + productIds);
            this.productIds = List.copyOf(productIds);
        }

        public List<UUID> productIds() {
            return productIds;
        }
    }

    /** The products are priced in more than one currency; one order is paid in one. Nothing was placed. */
    public static class MixedCurrencies extends RuntimeException {

        private final List<UUID> productIds;

        public MixedCurrencies(List<UUID> productIds) {
            super("Priced in another currency than the order's first item: " + productIds);
            this.productIds = List.copyOf(productIds);
        }

        /** The products not in the currency of the order's first item. */
        public List<UUID> productIds() {
            return productIds;
        }
    }

    /** The key placed an order for another request. */
    public static class IdempotencyKeyReused extends RuntimeException {

        public IdempotencyKeyReused() {
            super("This Idempotency-Key was used for a different order: use a new key for a new order.");
        }
    }

    public Placed place(Command command) {
        Optional<Placed> earlier = earlier(command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<OrderLine> lines = price(command.items());
        Order order = Order.place(ids.get(), command.customerId(), lines, command.paymentToken(), clock.instant());
        Boolean placed = transactions.execute(status -> {
            if (!requests.claim(command.customerId(), command.idempotencyKey(), command.fingerprint(), order.id())) {
                return false;
            }
            saga.record(order);
            return true;
        });
        if (Boolean.TRUE.equals(placed)) {
            return new Placed(order, true);
        }
        // A concurrent retry with the same key won the claim: answer with its order.
        return earlier(command).orElseThrow(() -> new IllegalStateException("A claimed key names no order"));
    }

    private Optional<Placed> earlier(Command command) {
        return requests.find(command.customerId(), command.idempotencyKey()).map(placed -> {
            if (!placed.fingerprint().equals(command.fingerprint())) {
                throw new IdempotencyKeyReused();
            }
            Order order = orders.find(placed.orderId())
                    .orElseThrow(() -> new IllegalStateException("Key names a missing order " + placed.orderId()));
            return new Placed(order, false);
        });
    }

    private List<OrderLine> price(List<Item> items) {
        Set<UUID> productIds = new LinkedHashSet<>();
        items.forEach(item -> productIds.add(item.productId()));
        ProductPrices.Prices found = prices.of(productIds);
        if (!found.unknown().isEmpty()) {
            throw new UnknownProducts(found.unknown());
        }
        List<OrderLine> lines = items.stream()
                .map(item -> {
                    Money price = found.prices().get(item.productId());
                    if (price == null) {
                        throw new UnknownProducts(List.of(item.productId()));
                    }
                    return new OrderLine(item.productId(), item.quantity(), price);
                })
                .toList();
        List<UUID> otherCurrency = lines.stream()
                .filter(line -> !line.unitPrice()
                        .currency()
                        .equals(lines.getFirst().unitPrice().currency()))
                .map(OrderLine::productId)
                .toList();
        if (!otherCurrency.isEmpty()) {
            throw new MixedCurrencies(otherCurrency);
        }
        return lines;
    }
}
