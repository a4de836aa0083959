package dev.agora.catalog.adapter.out.persistence;

import dev.agora.catalog.domain.ProductRating;
import dev.agora.catalog.domain.ProductRatings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProductRatings implements ProductRatings {

    private final JdbcClient jdbc;

    JdbcProductRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rate(UUID productId, ProductRating rating, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE product_ratings SET average = :average, review_count = :count, changed_at = :at
                        WHERE product_id = :product AND changed_at <= :at""")
                .param("average", rating.average())
                .param("count", rating.reviewCount())
                .param("at", Timestamp.from(at))
                .param("product", productId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO product_ratings (product_id, average, review_count, changed_at)
                            VALUES (:product, :average, :count, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("product", productId)
                    .param("average", rating.average())
                    .param("count", rating.reviewCount())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }
}
