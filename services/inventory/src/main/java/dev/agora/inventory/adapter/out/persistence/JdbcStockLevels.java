package dev.agora.inventory.adapter.out.persistence;

import dev.agora.inventory.domain.Stock;
import dev.agora.inventory.domain.StockLevels;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStockLevels implements StockLevels {

    private final JdbcClient database;

    JdbcStockLevels(JdbcClient database) {
        this.database = database;
    }

    @Override
    public Optional<Stock> find(UUID productId) {
        return database.sql("SELECT product_id, available, reserved, sold FROM stock_levels WHERE product_id = ?")
                .param(productId)
                .query(JdbcStockLevels::stock)
                .optional();
    }

    @Override
    public Map<UUID, Stock> findAll(Collection<UUID> productIds) {
        Map<UUID, Stock> found = new LinkedHashMap<>();
        if (!productIds.isEmpty()) {
            database.sql("SELECT product_id, available, reserved, sold FROM stock_levels WHERE product_id IN (:ids)")
                    .param("ids", productIds)
                    .query(JdbcStockLevels::stock)
                    .list()
                    .forEach(stock -> found.put(stock.productId(), stock));
        }
        return found;
    }

    @Override
    public Map<UUID, Stock> lock(Collection<UUID> productIds) {
        Map<UUID, Stock> locked = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return locked;
        }
        // Always in id order: two transactions locking overlapping products cannot deadlock.
        database.sql("""
                        SELECT product_id, available, reserved, sold FROM stock_levels
                        WHERE product_id IN (:ids) ORDER BY product_id FOR UPDATE""")
                .param("ids", productIds)
                .query(JdbcStockLevels::stock)
                .list()
                .forEach(stock -> locked.put(stock.productId(), stock));
        return locked;
    }

    @Override
    public void save(Stock stock) {
        database.sql("UPDATE stock_levels SET available = ?, reserved = ?, sold = ? WHERE product_id = ?")
                .params(stock.available(), stock.reserved(), stock.sold(), stock.productId())
                .update();
    }

    @Override
    public void open(UUID productId) {
        // Two receipts for a new product at once: one inserts, the other waits on the key, then inserts nothing.
        database.sql("""
                        INSERT INTO stock_levels (product_id, available, reserved, sold) VALUES (?, 0, 0, 0)
                        ON CONFLICT DO NOTHING""").param(productId).update();
    }

    private static Stock stock(ResultSet row, int number) throws SQLException {
        return new Stock(
                row.getObject("product_id", UUID.class),
                row.getInt("available"),
                row.getInt("reserved"),
                row.getInt("sold"));
    }
}
