package dev.agora.orders.application;

import dev.agora.orders.application.checkout.CheckoutSaga;
import dev.agora.orders.application.port.ProductPrices;
import dev.agora.orders.application.port.ShippingAddresses;
import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderLine;
import dev.agora.orders.domain.ShippingAddress;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Places an order at the catalog's prices and starts its checkout. The web layer makes it idempotent per customer and
 * {@code Idempotency-Key}: it claims the key first, and keeps its answer in the transaction that records the order.
 */
public class PlaceOrder {

    public static final int MAX_ITEMS = 100;

    private final ProductPrices prices;
    private final ShippingAddresses addresses;
    private final CheckoutSaga saga;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public PlaceOrder(
            ProductPrices prices,
            ShippingAddresses addresses,
            CheckoutSaga saga,
            TransactionOperations transactions,
            Clock clock,
            Supplier<UUID> ids) {
        this.prices = prices;
        this.addresses = addresses;
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

    /** What a customer orders; {@code shippingAddressId} names one of their addresses at users, or none. */
    public record Command(
            String customerId,
            List<Item> items,
            String paymentToken,
            @Nullable UUID shippingAddressId) {
        public Command {
            items = List.copyOf(items);
            if (items.isEmpty() || items.size() > MAX_ITEMS) {
                throw new IllegalArgumentException("An order has 1 to " + MAX_ITEMS + " items");
            }
            if (customerId.isBlank() || paymentToken.isBlank()) {
                throw new IllegalArgumentException("An order needs a customer and a payment token");
            }
        }
    }

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

    /** The shipping address names none of the customer's addresses: nothing was placed. */
    public static class UnknownShippingAddress extends RuntimeException {

        public UnknownShippingAddress(UUID addressId) {
            super("No such address among the customer's: " + addressId);
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

    /**
     * Prices the order, then records it and starts its checkout in one transaction, in which {@code withTheOrder} runs
     * too: what it writes (the answer kept under the request's key) commits with the order, or neither does.
     */
    public Order place(Command command, Consumer<Order> withTheOrder) {
        List<OrderLine> lines = price(command.items());
        @Nullable
        ShippingAddress shippingAddress = command.shippingAddressId() == null
                ? null
                : addresses
                        .find(command.shippingAddressId())
                        .orElseThrow(() -> new UnknownShippingAddress(command.shippingAddressId()));
        Order order = Order.place(
                ids.get(), command.customerId(), lines, command.paymentToken(), shippingAddress, clock.instant());
        transactions.executeWithoutResult(status -> {
            saga.record(order);
            withTheOrder.accept(order);
        });
        return order;
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
