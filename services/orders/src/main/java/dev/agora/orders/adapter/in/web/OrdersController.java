package dev.agora.orders.adapter.in.web;

import dev.agora.orders.application.CancelOrder;
import dev.agora.orders.application.PlaceOrder;
import dev.agora.orders.application.ViewOrder;
import dev.agora.orders.application.history.ListOrders;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderEvent;
import dev.agora.orders.domain.OrderStatus;
import dev.agora.platform.api.PageResponse;
import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.problem.InvalidField;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.platform.security.AccessTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer's orders. Placing one answers 202 at once: the checkout saga runs after, and the order shows {@code
 * PENDING} until it ends {@code CONFIRMED} or {@code CANCELLED}.
 */
@RestController
@RequestMapping(path = "/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Orders", description = "Place, follow and cancel your orders")
class OrdersController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PlaceOrder placeOrder;
    private final ViewOrder viewOrder;
    private final CancelOrder cancelOrder;
    private final ListOrders listOrders;
    private final JsonMapper json;

    OrdersController(
            PlaceOrder placeOrder,
            ViewOrder viewOrder,
            CancelOrder cancelOrder,
            ListOrders listOrders,
            JsonMapper json) {
        this.placeOrder = placeOrder;
        this.viewOrder = viewOrder;
        this.cancelOrder = cancelOrder;
        this.listOrders = listOrders;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Place an order at the catalog's prices; a retry with the same Idempotency-Key gets it again")
    @ApiResponse(responseCode = "202", description = "The order, PENDING; Location names it")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: no Idempotency-Key, no items, a quantity outside 1..1000, an unknown"
                    + " product (named in errors), an unknown field")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another order")
    @ApiResponse(
            responseCode = "503",
            description = "SERVICE_UNAVAILABLE: the catalog cannot price the order now and no price of the last"
                    + " minute is known for every item")
    ResponseEntity<OrderResponse> place(
            @Parameter(description = "A unique value per order (a UUID); reuse it only to retry")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String key,
            @Valid @RequestBody OrderRequest request,
            Authentication caller) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ProblemException.invalid(
                    IDEMPOTENCY_KEY, "is required: 1 to 100 characters, unique per order you place");
        }
        PlaceOrder.Placed placed;
        try {
            placed = placeOrder.place(new PlaceOrder.Command(
                    caller.getName(),
                    key,
                    RequestFingerprint.of(json.writeValueAsString(request)),
                    request.items().stream()
                            .map(item -> new PlaceOrder.Item(item.productId(), item.quantity()))
                            .toList(),
                    request.paymentToken()));
        } catch (PlaceOrder.UnknownProducts unknown) {
            throw invalidItems(
                    request,
                    unknown.productIds(),
                    "no such product",
                    "The order names products the catalog does not have.");
        } catch (PlaceOrder.MixedCurrencies mixed) {
            throw invalidItems(
                    request,
                    mixed.productIds(),
                    "priced in another currency than the first item",
                    "An order is paid in one currency: order these products separately.");
        }
        Order order = placed.order();
        return ResponseEntity.accepted()
                .location(URI.create("/api/orders/" + order.id()))
                .body(OrderResponse.of(order));
    }

    @GetMapping
    @Operation(summary = "Your orders, newest first (from the order-history read model)")
    @ApiResponse(responseCode = "200", description = "A page of your orders")
    PageResponse<OrderSummaryResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ListOrders.MAX_PAGE_SIZE) int size,
            Authentication caller) {
        ListOrders.Page found = listOrders.list(caller.getName(), page, size);
        return new PageResponse<>(
                found.items().stream().map(OrderSummaryResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems(),
                (found.totalItems() + size - 1) / size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your orders, as its events make it now")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND: no such order among yours")
    OrderResponse get(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.of(viewOrder.view(id, caller.getName(), AccessTokens.isAdmin(caller)));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The order's history: every event of its checkout, oldest first")
    @ApiResponse(responseCode = "200", description = "The events, each {type, at, data}")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND: no such order among yours")
    List<EventResponse> events(@PathVariable UUID id, Authentication caller) {
        return viewOrder.history(id, caller.getName(), AccessTokens.isAdmin(caller)).stream()
                .map(this::eventResponse)
                .toList();
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Give up an order not yet confirmed: what the checkout did is undone, then it is CANCELLED")
    @ApiResponse(responseCode = "202", description = "Being cancelled: PENDING until the compensations are done")
    @ApiResponse(responseCode = "200", description = "Already cancelled")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND: no such order among yours")
    @ApiResponse(responseCode = "409", description = "ORDER_ALREADY_CONFIRMED: a confirmed order cannot be cancelled")
    ResponseEntity<OrderResponse> cancel(@PathVariable UUID id, Authentication caller) {
        Order order = cancelOrder.cancel(id, caller.getName());
        HttpStatus status = order.status() == OrderStatus.CANCELLED ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(OrderResponse.of(order));
    }

    /** Each item naming one of these products, by its place in the request. */
    private static ProblemException invalidItems(
            OrderRequest request, List<UUID> productIds, String why, String detail) {
        List<InvalidField> errors = new ArrayList<>();
        for (int index = 0; index < request.items().size(); index++) {
            UUID productId = request.items().get(index).productId();
            if (productIds.contains(productId)) {
                errors.add(new InvalidField("items[" + index + "].productId", why + ": " + productId));
            }
        }
        return new ProblemException(PlatformErrorCodes.VALIDATION_FAILED, detail, errors);
    }

    /** The event's fields but its time, which is shown beside it; never the payment token. */
    private EventResponse eventResponse(OrderEvent event) {
        ObjectNode data = (ObjectNode) json.valueToTree(event);
        data.remove("at");
        data.remove("paymentToken");
        amountsAsText(data);
        return new EventResponse(event.getClass().getSimpleName(), event.at(), data);
    }

    /** Money on the wire is a decimal string (docs/conventions.md), here as in every other answer. */
    private static void amountsAsText(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("amount") && object.has("currency")) {
            object.put("amount", object.get("amount").decimalValue().toPlainString());
        }
        node.forEach(OrdersController::amountsAsText);
    }

    record EventResponse(String type, Instant at, JsonNode data) {}
}
