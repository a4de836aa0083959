package dev.agora.storefront.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The products a visitor or a customer means to buy, with their quantities, in the order they were added. No price:
 * prices are the catalog's, asked when the cart is shown and again when it is ordered.
 */
public final class Cart {

    /** Of one product: more is a wholesale order. */
    public static final int MAX_QUANTITY = 10;

    /** Different products in one cart. */
    public static final int MAX_LINES = 30;

    private final CartId id;
    private final @Nullable String customer;
    private final Map<UUID, CartLine> lines = new LinkedHashMap<>();

    /** {@code customer}: the account the cart belongs to, or null for a visitor's (found through their session). */
    public Cart(CartId id, @Nullable String customer, List<CartLine> lines) {
        this.id = Objects.requireNonNull(id, "id");
        this.customer = customer;
        for (CartLine line : lines) {
            this.lines.put(line.productId(), line);
        }
    }

    /** A visitor's new cart. */
    public static Cart empty() {
        return new Cart(CartId.random(), null, List.of());
    }

    /** A customer's new cart: one per account, whatever browser they sign in from. */
    public static Cart of(String customer) {
        return new Cart(CartId.random(), Objects.requireNonNull(customer, "customer"), List.of());
    }

    public CartId id() {
        return id;
    }

    public Optional<String> customer() {
        return Optional.ofNullable(customer);
    }

    /** {@code quantity} more of a product (1 to 10), added to what the cart already holds of it. */
    public void add(Product product, int quantity) {
        checkQuantity(quantity);
        int held = quantityOf(product.id());
        if (held + quantity > MAX_QUANTITY) {
            throw new CartLimitReached(
                    "At most " + MAX_QUANTITY + " of one product: the cart already holds " + held + ".");
        }
        if (held == 0 && lines.size() >= MAX_LINES) {
            throw new CartLimitReached("At most " + MAX_LINES + " different products in one cart.");
        }
        lines.put(product.id(), new CartLine(product.id(), product.name(), held + quantity));
    }

    /** The quantity of a product already in the cart (1 to 10); a product not in it is left out. */
    public void change(UUID productId, int quantity) {
        checkQuantity(quantity);
        lines.computeIfPresent(productId, (product, line) -> line.times(quantity));
    }

    public int quantityOf(UUID productId) {
        CartLine line = lines.get(productId);
        return line == null ? 0 : line.quantity();
    }

    public void remove(UUID productId) {
        lines.remove(productId);
    }

    /**
     * What another cart holds, added to this one (a visitor's cart joining the customer's when they sign in): the
     * quantities of a product in both add up, to the bound.
     */
    public void takeFrom(Cart other) {
        for (CartLine line : other.lines()) {
            int total = Math.min(MAX_QUANTITY, quantityOf(line.productId()) + line.quantity());
            if (lines.containsKey(line.productId()) || lines.size() < MAX_LINES) {
                lines.put(line.productId(), line.times(total));
            }
        }
    }

    /** Everything out: the lines were ordered. */
    public void clear() {
        lines.clear();
    }

    public List<CartLine> lines() {
        return new ArrayList<>(lines.values());
    }

    /** Units in all, for the cart's link ("Cart (3)"). */
    public int units() {
        return lines.values().stream().mapToInt(CartLine::quantity).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new CartLimitReached("A quantity is from 1 to " + MAX_QUANTITY + ".");
        }
    }
}
