package dev.agora.mobilebff.adapter.in.graphql;

import dev.agora.mobilebff.application.port.Catalogue;
import dev.agora.mobilebff.application.port.Reviews;
import dev.agora.mobilebff.application.port.StockLevels;
import dev.agora.mobilebff.domain.Category;
import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Product;
import dev.agora.mobilebff.domain.ProductSearch;
import dev.agora.mobilebff.domain.ProductSort;
import dev.agora.mobilebff.domain.Rating;
import dev.agora.mobilebff.domain.Review;
import dev.agora.mobilebff.domain.Stock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The catalogue's screens. Each query answers on a thread of its own ({@link Callable}), so that the fields of one
 * request (products, categories, the customer) are asked of their services at the same time; the stock of every
 * product on a screen comes from inventory in one call once the products are known.
 */
@Controller
class CatalogueQueries {

    /** Products under "you may also like" (the query limits count them too). */
    static final int RELATED = 4;

    private final Catalogue catalogue;
    private final StockLevels stockLevels;
    private final Reviews reviews;

    CatalogueQueries(Catalogue catalogue, StockLevels stockLevels, Reviews reviews) {
        this.catalogue = catalogue;
        this.stockLevels = stockLevels;
        this.reviews = reviews;
    }

    @QueryMapping
    Callable<Page<Product>> products(
            @Argument @Nullable String query,
            @Argument @Nullable String category,
            @Argument ProductSort sort,
            @Argument int page,
            @Argument int size) {
        return () -> catalogue.products(new ProductSearch(query, category, sort, page, size));
    }

    @QueryMapping
    Callable<@Nullable Product> product(@Argument UUID id) {
        return () -> catalogue.product(id).orElse(null);
    }

    @QueryMapping
    Callable<List<Category>> categories() {
        return catalogue::categories;
    }

    @SchemaMapping
    Callable<List<Product>> related(Product product) {
        return () ->
                catalogue
                        .products(new ProductSearch(null, product.category(), ProductSort.NAME, 0, RELATED + 1))
                        .items()
                        .stream()
                        .filter(other -> !other.id().equals(product.id()))
                        .limit(RELATED)
                        .toList();
    }

    @SchemaMapping
    Rating rating(Product product) {
        return product.customersRating();
    }

    @SchemaMapping
    Callable<Page<Review>> reviews(Product product, @Argument int page, @Argument int size) {
        return () -> reviews.of(product.id(), page, size);
    }

    /** A product inventory does not know has no stock entry: it is sold out, as inventory would say. */
    @BatchMapping
    Map<Product, Stock> stock(List<Product> products) {
        Map<UUID, Stock> known =
                stockLevels.of(products.stream().map(Product::id).distinct().toList());
        return products.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(),
                        product -> known.getOrDefault(product.id(), new Stock(product.id(), "SOLD_OUT", null))));
    }
}
