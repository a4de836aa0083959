package dev.agora.storefront.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.storefront.application.port.OrderRefused;
import dev.agora.storefront.application.port.Orders;
import dev.agora.storefront.domain.CancellationReason;
import dev.agora.storefront.domain.CartLine;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderEvent;
import dev.agora.storefront.domain.OrderHistory;
import dev.agora.storefront.domain.OrderStatus;
import dev.agora.storefront.domain.OrderSummary;
import dev.agora.storefront.domain.PaymentCard;
import dev.agora.storefront.domain.ShippingAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The orders service's API ({@code /api/orders}), called with the signed-in customer's access token (the client of
 * {@code orders} relays it, refreshed before it expires). Orders answers 404 for another customer's order, as for
 * one that does not exist.
 */
public final class HttpOrders implements Orders {

    /** Orders on a page of "My orders". */
    static final int PAGE_SIZE = 10;

    private final ServiceApi orders;

    public HttpOrders(ServiceApi orders) {
        this.orders = orders;
    }

    @Override
    public UUID place(List<CartLine> lines, PaymentCard card, @Nullable UUID shippingAddressId, UUID idempotencyKey) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(
                "items",
                lines.stream()
                        .map(line -> Map.of("productId", line.productId(), "quantity", line.quantity()))
                        .toList());
        request.put("paymentToken", card.token());
        if (shippingAddressId != null) {
            request.put("shippingAddressId", shippingAddressId);
        }
        try {
            return orders.written(client -> client.post()
                            .uri("/api/orders")
                            .header("Idempotency-Key", idempotencyKey.toString())
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(request)
                            .retrieve()
                            .body(OrderJson.class))
                    .id();
        } catch (HttpClientErrorException refused) {
            throw new OrderRefused(
                    refused.getStatusCode().value() == 409
                            ? "This order is still being placed: it will be in your orders in a moment."
                            : "The order could not be placed: " + ProblemJson.detailOf(refused));
        }
    }

    @Override
    public Optional<Order> find(UUID id) {
        try {
            return Optional.of(orders.read(client ->
                            client.get().uri("/api/orders/{id}", id).retrieve().body(OrderJson.class))
                    .toOrder());
        } catch (HttpClientErrorException.NotFound notTheirs) {
            return Optional.empty();
        }
    }

    @Override
    public List<OrderEvent> events(UUID id) {
        EventJson[] events = orders.read(client ->
                client.get().uri("/api/orders/{id}/events", id).retrieve().body(EventJson[].class));
        return Arrays.stream(events).map(EventJson::toEvent).toList();
    }

    @Override
    public OrderHistory history(int page) {
        OrderList found = orders.read(client -> client.get()
                .uri(uri -> uri.path("/api/orders")
                        .queryParam("page", page)
                        .queryParam("size", PAGE_SIZE)
                        .build())
                .retrieve()
                .body(OrderList.class));
        return new OrderHistory(
                found.items().stream().map(SummaryJson::toSummary).toList(), found.page(), found.totalPages());
    }

    @Override
    public void cancel(UUID id) {
        try {
            orders.write(client ->
                    client.post().uri("/api/orders/{id}/cancel", id).retrieve().toBodilessEntity());
        } catch (HttpClientErrorException refused) {
            throw new OrderRefused(
                    refused.getStatusCode().value() == 409
                            ? "This order is confirmed: it can no longer be cancelled."
                            : "The order could not be cancelled: " + ProblemJson.detailOf(refused));
        }
    }

    private static @Nullable CancellationReason reasonOf(@Nullable String reason) {
        return reason == null ? null : CancellationReason.named(reason);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderJson(
            UUID id,
            String status,
            @Nullable String reason,
            List<ItemJson> items,
            MoneyJson total,
            @Nullable ShippingJson shippingAddress,
            Instant placedAt) {

        Order toOrder() {
            return new Order(
                    id,
                    OrderStatus.valueOf(status),
                    reasonOf(reason),
                    items.stream()
                            .map(item -> new Order.Line(
                                    item.productId(),
                                    item.quantity(),
                                    item.unitPrice().toPrice()))
                            .toList(),
                    total.toPrice(),
                    shippingAddress == null ? null : shippingAddress.oneLine(),
                    placedAt);
        }
    }

    /** The copy of the address the order ships to, as orders keeps it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShippingJson(
            @Nullable String label,
            String recipient,
            String line1,
            @Nullable String line2,
            String postalCode,
            String city,
            String country) {

        String oneLine() {
            return ShippingAddress.oneLine(recipient, line1, line2, postalCode, city, country);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemJson(UUID productId, int quantity, MoneyJson unitPrice) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventJson(String type, Instant at, @Nullable EventDataJson data) {

        OrderEvent toEvent() {
            return new OrderEvent(type, at, data == null ? null : data.step() != null ? data.step() : data.reason());
        }
    }

    /** The fields of an event's data the timeline tells: the step that started, or the reason. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventDataJson(@Nullable String step, @Nullable String reason) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderList(List<SummaryJson> items, int page, int totalPages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SummaryJson(
            UUID id, String status, @Nullable String reason, int itemCount, MoneyJson total, Instant placedAt) {

        OrderSummary toSummary() {
            return new OrderSummary(
                    id, OrderStatus.valueOf(status), reasonOf(reason), itemCount, total.toPrice(), placedAt);
        }
    }
}
