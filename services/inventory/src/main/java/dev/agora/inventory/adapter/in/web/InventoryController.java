package dev.agora.inventory.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agora.inventory.application.CheckAvailability;
import dev.agora.inventory.application.ReceiveStock;
import dev.agora.inventory.application.ViewStock;
import dev.agora.inventory.domain.Availability;
import dev.agora.inventory.domain.Stock;
import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.idempotency.IdempotencyKey;
import dev.agora.platform.idempotency.IdempotentRequests;
import dev.agora.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = "/api/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
class InventoryController {

    /** The most units one receipt adds: a delivery, not a typo with three zeros too many. */
    static final int MAX_RECEIPT = 100_000;

    private final ViewStock viewStock;
    private final CheckAvailability checkAvailability;
    private final ReceiveStock receiveStock;
    private final IdempotentRequests requests;
    private final JsonMapper json;

    InventoryController(
            ViewStock viewStock,
            CheckAvailability checkAvailability,
            ReceiveStock receiveStock,
            IdempotentRequests requests,
            JsonMapper json) {
        this.viewStock = viewStock;
        this.checkAvailability = checkAvailability;
        this.receiveStock = receiveStock;
        this.requests = requests;
        this.json = json;
    }

    /**
     * Whether products can be bought, for anyone (a shop's page): one answer per product, in the order asked; a product
     * inventory has no stock of is sold out.
     */
    @GetMapping("/availability")
    @Operation(summary = "Whether products can be bought: in stock, low (with the units left) or sold out")
    @ApiResponse(responseCode = "200", description = "One answer per product asked")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: no productId, more than 100, or one that is not a UUID")
    AvailabilityList availability(
            @Parameter(description = "A product's id; repeat the parameter for several, at most 100")
                    @RequestParam(name = "productId", required = false)
                    @Nullable
                    List<UUID> productIds) {
        // "productId=" or "productId=a," binds a null among the ids.
        if (productIds == null
                || productIds.isEmpty()
                || productIds.contains(null)
                || productIds.stream().distinct().count() > CheckAvailability.MAX_PRODUCTS) {
            throw ProblemException.invalid(
                    "productId", "between 1 and " + CheckAvailability.MAX_PRODUCTS + " products, each a UUID");
        }
        return new AvailabilityList(checkAvailability.check(productIds).stream()
                .map(AvailabilityResponse::of)
                .toList());
    }

    /** The units of a product: free, held for orders, sold (their sum is all it ever received). */
    @GetMapping("/{productId}")
    StockResponse stock(@PathVariable UUID productId) {
        return StockResponse.of(viewStock.view(productId));
    }

    @PostMapping(path = "/{productId}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add received goods to a product's stock; a retry with the same Idempotency-Key adds nothing")
    @ApiResponse(responseCode = "200", description = "The product's stock with the units received")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: no Idempotency-Key, a quantity outside 1 to 100 000, an unknown field")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    @ApiResponse(responseCode = "409", description = "STOCK_LIMIT_EXCEEDED, or CONFLICT: the same key is being handled")
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another receipt")
    ResponseEntity<String> receive(
            @PathVariable UUID productId,
            @Parameter(description = "A unique value per delivery (a UUID); reuse it only to retry")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody ReceiptRequest request,
            Authentication caller) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        String fingerprint = RequestFingerprint.of("receipt " + productId + " " + json.writeValueAsString(request));
        Answer answer = requests.answerOnce(caller.getName(), key, fingerprint, () -> {
            Stock received = receiveStock.receive(productId, request.quantity());
            return new Answer(200, "/api/inventory/" + productId, json.writeValueAsString(StockResponse.of(received)));
        });
        return ResponseEntity.status(answer.status())
                .location(URI.create(answer.location()))
                .body(answer.body());
    }

    record AvailabilityList(List<AvailabilityResponse> items) {}

    /** {@code unitsLeft} only when {@code LOW}: a shop tells a count only when it matters. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AvailabilityResponse(
            UUID productId,
            Availability.State state,
            @Nullable Integer unitsLeft) {

        static AvailabilityResponse of(Availability availability) {
            return new AvailabilityResponse(
                    availability.productId(),
                    availability.state(),
                    availability.state() == Availability.State.LOW ? availability.unitsLeft() : null);
        }
    }

    record ReceiptRequest(@NotNull @Min(1) @Max(MAX_RECEIPT) Integer quantity) {}

    record StockResponse(UUID productId, int available, int reserved, int sold) {

        static StockResponse of(Stock stock) {
            return new StockResponse(stock.productId(), stock.available(), stock.reserved(), stock.sold());
        }
    }
}
