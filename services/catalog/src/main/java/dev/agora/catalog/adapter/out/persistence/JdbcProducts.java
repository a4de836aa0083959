package dev.agora.catalog.adapter.out.persistence;

import dev.agora.catalog.domain.Category;
import dev.agora.catalog.domain.Money;
import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductChanged;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductPage;
import dev.agora.catalog.domain.ProductRating;
import dev.agora.catalog.domain.ProductSearch;
import dev.agora.catalog.domain.ProductSort;
import dev.agora.catalog.domain.Products;
import dev.agora.catalog.domain.SkuTaken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products in the catalog's own database, read with plain SQL that runs on H2 and on PostgreSQL. */
@Repository
public class JdbcProducts implements Products {

    private static final String COLUMNS =
            "id, sku, name, description, category, price_amount, price_currency, image_url, version";

    /** A product with its rating, none until reviews tells one. */
    private static final String RATED = "SELECT p.*, r.average, r.review_count FROM products p"
            + " LEFT JOIN product_ratings r ON r.product_id = p.id";

    private final JdbcClient jdbc;

    public JdbcProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return jdbc.sql(RATED + " WHERE p.id = :id")
                .param("id", id.value())
                .query(JdbcProducts::product)
                .optional();
    }

    @Override
    public ProductPage search(ProductSearch search) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.text() != null) {
            where.append(
                    " AND (LOWER(name) LIKE :pattern ESCAPE '\\' OR LOWER(description) LIKE :pattern ESCAPE '\\')");
            params.put("pattern", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.category() != null) {
            where.append(" AND category = :category");
            params.put("category", search.category());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM products" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Product> items = total <= search.offset()
                ? List.of()
                : jdbc.sql(RATED + where + orderBy(search.sort()) + " LIMIT :limit OFFSET :offset")
                        .params(params)
                        .param("limit", search.size())
                        .param("offset", search.offset())
                        .query(JdbcProducts::product)
                        .list();
        return new ProductPage(items, search.page(), search.size(), total);
    }

    @Override
    public List<Category> categories() {
        return jdbc.sql("""
                        SELECT c.slug, c.name, COUNT(p.id) AS product_count
                        FROM categories c LEFT JOIN products p ON p.category = c.slug
                        GROUP BY c.slug, c.name
                        ORDER BY c.name""")
                .query((row, n) -> new Category(row.getString("slug"), row.getString("name"), row.getLong(3)))
                .list();
    }

    /** Column names come from this fixed mapping only, never from the request. */
    private static String orderBy(ProductSort sort) {
        String column = switch (sort.field()) {
            case NAME -> "name";
            case PRICE -> "price_amount";
            case SKU -> "sku";
            case RATING -> "COALESCE(r.average, 0)";
        };
        String direction = sort.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + column + direction + ", p.id" + direction;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public boolean categoryExists(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM categories WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void add(Product product) {
        try {
            jdbc.sql("INSERT INTO products (" + COLUMNS + ") VALUES (:id, :sku, :name, :description, :category,"
                            + " :amount, :currency, :imageUrl, :version)")
                    .params(columnsOf(product))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new SkuTaken(product.sku());
        }
    }

    @Override
    public void update(Product revised) {
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE products SET sku = :sku, name = :name, description = :description,
                                category = :category, price_amount = :amount, price_currency = :currency,
                                image_url = :imageUrl, version = :version
                            WHERE id = :id AND version = :previousVersion""")
                    .params(columnsOf(revised))
                    .param("previousVersion", revised.version() - 1)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new SkuTaken(revised.sku());
        }
        if (updated == 0) {
            throw new ProductChanged(revised.id(), revised.version() - 1);
        }
    }

    @Override
    public void remove(ProductId id, long expectedVersion) {
        int removed = jdbc.sql("DELETE FROM products WHERE id = :id AND version = :version")
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        if (removed == 0) {
            throw new ProductChanged(id, expectedVersion);
        }
    }

    private static Map<String, Object> columnsOf(Product product) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", product.id().value());
        columns.put("sku", product.sku());
        columns.put("name", product.name());
        columns.put("description", product.description());
        columns.put("category", product.category());
        columns.put("amount", product.price().amount());
        columns.put("currency", product.price().currency().getCurrencyCode());
        columns.put("imageUrl", product.imageUrl());
        columns.put("version", product.version());
        return columns;
    }

    private static Product product(ResultSet row, int rowNumber) throws SQLException {
        return new Product(
                new ProductId(row.getObject("id", UUID.class)),
                row.getString("sku"),
                row.getString("name"),
                row.getString("description"),
                row.getString("category"),
                new Money(
                        row.getBigDecimal("price_amount"),
                        Currency.getInstance(row.getString("price_currency").strip())),
                row.getString("image_url"),
                row.getLong("version"),
                row.getBigDecimal("average") == null
                        ? ProductRating.NONE
                        : new ProductRating(row.getBigDecimal("average"), row.getInt("review_count")));
    }
}
