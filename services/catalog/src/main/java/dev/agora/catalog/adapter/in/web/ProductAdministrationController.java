package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.application.AddProduct;
import dev.agora.catalog.application.RemoveProduct;
import dev.agora.catalog.application.ReviseProduct;
import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductDetails;
import dev.agora.catalog.domain.ProductId;
import dev.agora.platform.api.EntityTags;
import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.idempotency.IdempotencyKey;
import dev.agora.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adding, changing and removing products, for admins (see {@link CatalogAccess}). Adding is idempotent per
 * {@code Idempotency-Key}; changing and removing need {@code If-Match} with the current ETag (optimistic locking).
 */
@RestController
@RequestMapping(path = "/api/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Product administration", description = "Add, change and remove products (ADMIN)")
class ProductAdministrationController {

    private static final String PRODUCT = "the product";

    private final AddProduct addProduct;
    private final ReviseProduct reviseProduct;
    private final RemoveProduct removeProduct;
    private final IdempotentRequests requests;
    private final JsonMapper json;

    ProductAdministrationController(
            AddProduct addProduct,
            ReviseProduct reviseProduct,
            RemoveProduct removeProduct,
            IdempotentRequests requests,
            JsonMapper json) {
        this.addProduct = addProduct;
        this.reviseProduct = reviseProduct;
        this.removeProduct = removeProduct;
        this.requests = requests;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a product; a retry with the same Idempotency-Key gets the same answer")
    @ApiResponse(responseCode = "201", description = "The product, at version 1; Location names it")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: no Idempotency-Key, a field out of range, an unknown field or category")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    @ApiResponse(responseCode = "409", description = "SKU_EXISTS, or CONFLICT: the same key is still being handled")
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another body")
    ResponseEntity<String> add(
            @Parameter(description = "A unique value per new product (a UUID); reuse it only to retry")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody ProductRequest request,
            Authentication caller) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        ProductDetails details = request.toDetails();
        String fingerprint = RequestFingerprint.of(json.writeValueAsString(request));
        return EntityTags.versioned(
                requests.answerOnce(caller.getName(), key, fingerprint, () -> {
                    Product product = addProduct.add(details);
                    return new Answer(
                            201, "/api/products/" + product.id(), json.writeValueAsString(ProductResponse.of(product)));
                }),
                json);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a product's details, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "200", description = "The product, one version on; ETag is the new one")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: someone changed it since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<ProductResponse> revise(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProductRequest request) {
        long expected = EntityTags.expectedVersion(ifMatch, PRODUCT);
        Product revised = reviseProduct.revise(new ProductId(id), expected, request.toDetails());
        return ResponseEntity.ok().eTag(EntityTags.of(revised.version())).body(ProductResponse.of(revised));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a product, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: someone changed it since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<Void> remove(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        removeProduct.remove(new ProductId(id), EntityTags.expectedVersion(ifMatch, PRODUCT));
        return ResponseEntity.noContent().build();
    }
}
