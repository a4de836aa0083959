package dev.agora.reviews.adapter.out.persistence;

import dev.agora.reviews.domain.Rating;
import dev.agora.reviews.domain.Review;
import dev.agora.reviews.domain.ReviewContent;
import dev.agora.reviews.domain.ReviewExists;
import dev.agora.reviews.domain.ReviewPage;
import dev.agora.reviews.domain.ReviewSort;
import dev.agora.reviews.domain.Reviews;
import dev.agora.reviews.domain.SignedReview;
import dev.agora.reviews.domain.StaleVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews signed with their author's current name: a join with the names users told, none for a former customer. */
@Repository
class JdbcReviews implements Reviews {

    private static final String SIGNED = """
            SELECT r.*, a.display_name FROM reviews r LEFT JOIN authors a ON a.customer_id = r.author_id""";

    private final JdbcClient jdbc;

    JdbcReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockProductOf(UUID productId) {
        jdbc.sql("INSERT INTO rated_products (product_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(productId)
                .update();
        jdbc.sql("SELECT product_id FROM rated_products WHERE product_id = ? FOR UPDATE")
                .param(productId)
                .query(UUID.class)
                .single();
    }

    @Override
    public void add(Review review) {
        try {
            jdbc.sql("""
                            INSERT INTO reviews (id, product_id, author_id, rating, title, body, hidden, version,
                                                 created_at, updated_at)
                            VALUES (:id, :product, :author, :rating, :title, :body, FALSE, 1, :at, :at)""")
                    .param("id", review.id())
                    .param("product", review.productId())
                    .param("author", review.authorId())
                    .param("rating", review.content().rating())
                    .param("title", review.content().title())
                    .param("body", review.content().text())
                    .param("at", Timestamp.from(review.createdAt()))
                    .update();
        } catch (DuplicateKeyException reviewedAlready) {
            throw new ReviewExists();
        }
    }

    @Override
    public Optional<SignedReview> find(UUID id) {
        return jdbc.sql(SIGNED + " WHERE r.id = ?")
                .param(id)
                .query((row, number) -> signed(row))
                .optional();
    }

    @Override
    public Review save(Review changed, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE reviews SET rating = :rating, title = :title, body = :body, version = version + 1,
                                           updated_at = :at
                        WHERE id = :id AND version = :expected""")
                .param("rating", changed.content().rating())
                .param("title", changed.content().title())
                .param("body", changed.content().text())
                .param("at", Timestamp.from(changed.updatedAt()))
                .param("id", changed.id())
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersion();
        }
        return find(changed.id()).orElseThrow().review();
    }

    @Override
    public void remove(UUID id, long expectedVersion) {
        if (jdbc.sql("DELETE FROM reviews WHERE id = ? AND version = ?")
                        .params(id, expectedVersion)
                        .update()
                == 0) {
            throw new StaleVersion();
        }
    }

    @Override
    public boolean hide(UUID id) {
        return jdbc.sql("UPDATE reviews SET hidden = TRUE, version = version + 1 WHERE id = ? AND NOT hidden")
                        .param(id)
                        .update()
                == 1;
    }

    @Override
    public ReviewPage visibleOf(UUID productId, ReviewSort sort, int page, int size) {
        String order = switch (sort) {
            case NEWEST -> "r.created_at DESC, r.id";
            case RATING -> "r.rating DESC, r.created_at DESC, r.id";
        };
        var items = jdbc.sql(
                        SIGNED + " WHERE r.product_id = ? AND NOT r.hidden ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(productId, size, (long) page * size)
                .query((row, number) -> signed(row))
                .list();
        return new ReviewPage(items, page, size, ratingOf(productId).reviewCount());
    }

    @Override
    public Rating ratingOf(UUID productId) {
        return jdbc.sql("SELECT COUNT(*) AS n, SUM(rating) AS total FROM reviews WHERE product_id = ? AND NOT hidden")
                .param(productId)
                .query((row, number) -> {
                    int count = row.getInt("n");
                    BigDecimal average = count == 0
                            ? BigDecimal.ZERO.setScale(1)
                            : BigDecimal.valueOf(row.getLong("total"))
                                    .divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
                    return new Rating(average, count);
                })
                .single();
    }

    @Override
    public void reassign(String authorId, String pseudonym) {
        jdbc.sql("UPDATE reviews SET author_id = ? WHERE author_id = ?")
                .params(pseudonym, authorId)
                .update();
    }

    private static SignedReview signed(ResultSet row) throws SQLException {
        Review review = new Review(
                row.getObject("id", UUID.class),
                row.getObject("product_id", UUID.class),
                row.getString("author_id"),
                new ReviewContent(row.getInt("rating"), row.getString("title"), row.getString("body")),
                row.getBoolean("hidden"),
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
        return new SignedReview(review, row.getString("display_name"));
    }
}
