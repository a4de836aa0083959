package dev.agora.catalog.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.catalog.domain.Category;
import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductPage;
import dev.agora.catalog.domain.ProductSearch;
import dev.agora.catalog.domain.ProductSort;
import dev.agora.catalog.domain.Products;
import dev.agora.testing.PostgresDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The SQL of the catalog, and its Flyway migrations, on the real PostgreSQL the postgres profile runs on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
class JdbcProductsIT {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("catalog");

    @Autowired
    Products products;

    @Test
    void finds_a_seeded_product_by_id_with_an_exact_price() {
        Product skillet = products.findById(new ProductId(UUID.fromString("4287c6a1-5bbe-5641-9482-f6614a843bb7")))
                .orElseThrow();

        assertThat(skillet.sku()).isEqualTo("KIT-001");
        assertThat(skillet.price().amount()).isEqualByComparingTo(new BigDecimal("39.90"));
        assertThat(skillet.price().amount().scale()).isEqualTo(2);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(products.findById(new ProductId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void searches_case_insensitively_in_name_and_description() {
        ProductPage found = products.search(new ProductSearch("CAST-IRON", null, ProductSort.BY_NAME, 0, 100));

        assertThat(found.items()).extracting(Product::sku).containsExactlyInAnyOrder("KIT-001", "KIT-005");
        assertThat(found.totalItems()).isEqualTo(2);
    }

    @Test
    void sorts_by_price_descending_within_a_category() {
        ProductPage found = products.search(
                new ProductSearch(null, "furniture", new ProductSort(ProductSort.Field.PRICE, false), 0, 3));

        List<BigDecimal> prices =
                found.items().stream().map(product -> product.price().amount()).toList();
        assertThat(prices).hasSize(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(found.totalItems()).isEqualTo(7);
        assertThat(found.totalPages()).isEqualTo(3);
    }

    @Test
    void counts_the_products_of_each_category() {
        List<Category> categories = products.categories();

        assertThat(categories).hasSizeGreaterThanOrEqualTo(6);
        assertThat(categories.stream().mapToLong(Category::productCount).sum())
                .isEqualTo(products.search(new ProductSearch(null, null, ProductSort.BY_NAME, 0, 1))
                        .totalItems());
    }
}
