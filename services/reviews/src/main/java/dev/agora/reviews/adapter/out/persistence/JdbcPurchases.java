package dev.agora.reviews.adapter.out.persistence;

import dev.agora.reviews.domain.Purchases;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPurchases implements Purchases {

    private final JdbcClient jdbc;

    JdbcPurchases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void placed(UUID orderId, String customerId, List<UUID> productIds) {
        for (UUID productId : productIds) {
            jdbc.sql("""
                            INSERT INTO placed_orders (order_id, product_id, customer_id) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""").params(orderId, productId, customerId).update();
        }
    }

    @Override
    public void confirmed(UUID orderId) {
        jdbc.sql("""
                        INSERT INTO purchases (customer_id, product_id)
                        SELECT customer_id, product_id FROM placed_orders WHERE order_id = ?
                        ON CONFLICT DO NOTHING""").param(orderId).update();
        cancelled(orderId);
    }

    @Override
    public void cancelled(UUID orderId) {
        jdbc.sql("DELETE FROM placed_orders WHERE order_id = ?").param(orderId).update();
    }

    @Override
    public boolean hasBought(String customerId, UUID productId) {
        return jdbc.sql("SELECT COUNT(*) FROM purchases WHERE customer_id = ? AND product_id = ?")
                        .params(customerId, productId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public void forget(String customerId) {
        jdbc.sql("DELETE FROM placed_orders WHERE customer_id = ?")
                .param(customerId)
                .update();
        jdbc.sql("DELETE FROM purchases WHERE customer_id = ?")
                .param(customerId)
                .update();
    }
}
