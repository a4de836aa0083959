package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.application.BrowseProducts;
import dev.agora.catalog.application.ViewProduct;
import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductId;
import dev.agora.catalog.domain.ProductPage;
import dev.agora.catalog.domain.ProductSearch;
import dev.agora.platform.api.EntityTags;
import dev.agora.platform.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(path = "/api/products", produces = "application/json")
@Tag(name = "Products", description = "Browse and search the catalog")
class ProductsController {

    private final BrowseProducts browseProducts;
    private final ViewProduct viewProduct;

    ProductsController(BrowseProducts browseProducts, ViewProduct viewProduct) {
        this.browseProducts = browseProducts;
        this.viewProduct = viewProduct;
    }

    @GetMapping
    @Operation(summary = "List products, page by page, optionally filtered and sorted")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: a parameter is out of range or malformed")
    PageResponse<ProductResponse> list(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size,
            @Parameter(description = "Text searched in name and description, any case")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    @Nullable
                    String q,
            @Parameter(description = "Category slug, see /api/categories")
                    @RequestParam(required = false)
                    @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a category slug")
                    @Nullable
                    String category,
            @Parameter(description = "name, price or sku, then ,asc or ,desc", example = "price,asc")
                    @RequestParam(defaultValue = "name,asc")
                    String sort) {
        ProductPage found =
                browseProducts.browse(new ProductSearch(q, category, SortParameter.parse(sort), page, size));
        return new PageResponse<>(
                found.items().stream().map(ProductResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems(),
                found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product, with a strong ETag for conditional requests")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: the id is not a UUID")
    @ApiResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND")
    ResponseEntity<ProductResponse> get(@PathVariable UUID id, WebRequest request) {
        Product product = viewProduct.view(new ProductId(id));
        // The rating moves without the version (reviews'): both are in the tag, If-Match reads the version.
        String etag = EntityTags.of(
                product.version(),
                "r" + product.rating().reviewCount() + "-"
                        + product.rating().average().toPlainString());
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(ProductResponse.of(product));
    }
}
