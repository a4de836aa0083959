package dev.agora.mobilebff.application.port;

import dev.agora.mobilebff.domain.Category;
import dev.agora.mobilebff.domain.Page;
import dev.agora.mobilebff.domain.Product;
import dev.agora.mobilebff.domain.ProductSearch;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalog, read by anyone. */
public interface Catalogue {

    Page<Product> products(ProductSearch search);

    Optional<Product> product(UUID id);

    List<Category> categories();
}
