package dev.agora.storefront.adapter.out.persistence;

import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.CartId;
import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Carts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A cart is a row, its lines rows of their own in the order they were added; saving writes the lines anew. */
public final class JdbcCarts implements Carts {

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public JdbcCarts(JdbcClient database, TransactionTemplate transactions, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Cart> find(CartId id) {
        return load("id = ?", id.value());
    }

    @Override
    public Optional<Cart> findOf(String customer) {
        return load("customer = ?", customer);
    }

    /** The one cart {@code condition} (on {@code carts}) finds, with its lines. */
    private Optional<Cart> load(String condition, Object value) {
        return transactions.execute(status -> database.sql("SELECT id, customer FROM carts WHERE " + condition)
                .param(value)
                .query((row, number) ->
                        new Cart(new CartId(row.getObject("id", UUID.class)), row.getString("customer"), List.of()))
                .optional()
                .map(cart -> new Cart(cart.id(), cart.customer().orElse(null), linesOf(cart.id()))));
    }

    private List<CartLine> linesOf(CartId cart) {
        return database.sql("""
                        SELECT product_id, product_name, quantity FROM cart_lines
                        WHERE cart_id = ? ORDER BY position""")
                .param(cart.value())
                .query((row, number) -> new CartLine(
                        row.getObject("product_id", UUID.class), row.getString("product_name"), row.getInt("quantity")))
                .list();
    }

    @Override
    public void save(Cart cart) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        transactions.executeWithoutResult(status -> {
            int updated = database.sql("UPDATE carts SET updated_at = ? WHERE id = ?")
                    .params(now, cart.id().value())
                    .update();
            if (updated == 0) {
                database.sql("INSERT INTO carts (id, customer, updated_at) VALUES (?, ?, ?)")
                        .params(cart.id().value(), cart.customer().orElse(null), now)
                        .update();
            }
            database.sql("DELETE FROM cart_lines WHERE cart_id = ?")
                    .param(cart.id().value())
                    .update();
            int position = 0;
            for (CartLine line : cart.lines()) {
                database.sql("""
                                INSERT INTO cart_lines (cart_id, product_id, product_name, quantity, position)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(cart.id().value(), line.productId(), line.name(), line.quantity(), position++)
                        .update();
            }
        });
    }

    @Override
    public void delete(CartId id) {
        // Its lines go with it (ON DELETE CASCADE).
        database.sql("DELETE FROM carts WHERE id = ?").param(id.value()).update();
    }
}
