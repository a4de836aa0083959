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
import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.idempotency.Claim;
import dev.agora.platform.idempotency.IdempotencyKey;
import dev.agora.platform.idempotency.IdempotentRequests;
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

    private final PlaceOrder placeOrder;
    private final ViewOrder viewOrder;
    private final CancelOrder cancelOrder;
    private final ListOrders listOrders;
    private final IdempotentRequests requests;
    private final JsonMapper json;

    OrdersController(
            PlaceOrder placeOrder,
            ViewOrder viewOrder,
            CancelOrder cancelOrder,
            ListOrders listOrders,
            IdempotentRequests requests,
            JsonMapper json) {
        this.placeOrder = placeOrder;
        this.viewOrder = viewOrder;
        this.cancelOrder = cancelOrder;
        this.listOrders = listOrders;
        this.requests = requests;
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
    @ApiResponse(responseCode = "409", description = "CONFLICT: the same key is still being handled; retry in a moment")
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another order")
    @ApiResponse(
            responseCode = "503",
            description = "SERVICE_UNAVAILABLE: the catalog cannot price the order now and no price of the last"
                    + " minute is known for every item")
    ResponseEntity<OrderResponse> place(
            @Parameter(description = "A unique value per order (a UUID); reuse it only to retry")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody OrderRequest request,
            Authentication caller) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        String fingerprint = RequestFingerprint.of(json.writeValueAsString(request));
        return switch (requests.claim(caller.getName(), key, fingerprint)) {
            case Claim.Replay replay -> placedBefore(replay.answer(), caller.getName());
            case Claim.Refused refused -> throw refused.problem();
            case Claim.Granted claim -> placeUnder(claim, request);
        };
    }

    @GetMapping
    @Operation(summary = "Your orders, newest first (from the order-history read model)")
    @ApiResponse(responseCode = "200", description = "A page of your orders")
    PageResponse<OrderSummaryResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ListOrders.MAX_PAGE_SIZE) int size,
            Authentication caller) {
        ListOrders.Page found = listOrders.list(caller.getName(), page, size);
        return PageResponse.of(
                found.items().stream().map(OrderSummaryResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
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

    /**
     * Places the order and keeps the answer under its key in the order's transaction: a crash before that commit leaves
     * only the claim (taken over after the time-out), one after it leaves the answer. A key never places two orders.
     */
    private ResponseEntity<OrderResponse> placeUnder(Claim.Granted claim, OrderRequest request) {
        Order order;
        try {
            order = placeOrder.place(
                    new PlaceOrder.Command(
                            claim.caller(),
                            request.items().stream()
                                    .map(item -> new PlaceOrder.Item(item.productId(), item.quantity()))
                                    .toList(),
                            request.paymentToken(),
                            request.shippingAddressId()),
                    placed -> requests.remember(
                            claim,
                            new Answer(
                                    HttpStatus.ACCEPTED.value(),
                                    locationOf(placed),
                                    json.writeValueAsString(OrderResponse.of(placed)))));
        } catch (RuntimeException failed) {
            // Nothing was placed: a corrected request may use the key.
            requests.release(claim);
            throw asProblem(failed, request);
        }
        return ResponseEntity.accepted().location(URI.create(locationOf(order))).body(OrderResponse.of(order));
    }

    /** The order the key placed, as it is now (perhaps CONFIRMED): the same status and Location as its first answer. */
    private ResponseEntity<OrderResponse> placedBefore(Answer answer, String customer) {
        UUID id = UUID.fromString(json.readTree(answer.body()).path("id").asString());
        return ResponseEntity.status(answer.status())
                .location(URI.create(answer.location()))
                .body(OrderResponse.of(viewOrder.view(id, customer, false)));
    }

    private static String locationOf(Order order) {
        return "/api/orders/" + order.id();
    }

    private static RuntimeException asProblem(RuntimeException failed, OrderRequest request) {
        return switch (failed) {
            case PlaceOrder.UnknownProducts unknown ->
                invalidItems(
                        request,
                        unknown.productIds(),
                        "no such product",
                        "The order names products the catalog does not have.");
            case PlaceOrder.MixedCurrencies mixed ->
                invalidItems(
                        request,
                        mixed.productIds(),
                        "priced in another currency than the first item",
                        "An order is paid in one currency: order these products separately.");
            case PlaceOrder.UnknownShippingAddress unknown ->
                new ProblemException(
                        PlatformErrorCodes.VALIDATION_FAILED,
                        "The order names an address you do not have.",
                        List.of(new InvalidField(
                                "shippingAddressId", "none of your addresses: " + request.shippingAddressId())));
            default -> failed;
        };
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
