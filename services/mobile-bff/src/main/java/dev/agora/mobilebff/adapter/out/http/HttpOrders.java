package dev.agora.mobilebff.adapter.out.http;

import dev.agora.mobilebff.application.port.Orders;
import dev.agora.mobilebff.application.port.ServiceRefused;
import dev.agora.mobilebff.domain.Order;
import dev.agora.mobilebff.domain.OrderEvent;
import dev.agora.mobilebff.domain.OrderSummary;
import dev.agora.mobilebff.domain.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** The orders service's API ({@code /api/orders}), in the caller's name. */
public final class HttpOrders implements Orders {

    private static final ParameterizedTypeReference<Page<OrderSummary>> SUMMARIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<OrderEvent>> EVENTS = new ParameterizedTypeReference<>() {};

    private final ServiceApi orders;

    public HttpOrders(ServiceApi orders) {
        this.orders = orders;
    }

    @Override
    public Order place(
            List<Order.Item> items, String paymentToken, String idempotencyKey, @Nullable UUID shippingAddressId) {
        return orders.written(client -> client.post()
                .uri("/api/orders")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(items, paymentToken, shippingAddressId))
                .retrieve()
                .body(Order.class));
    }

    private static Map<String, Object> body(
            List<Order.Item> items, String paymentToken, @Nullable UUID shippingAddressId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("paymentToken", paymentToken);
        if (shippingAddressId != null) {
            body.put("shippingAddressId", shippingAddressId);
        }
        return body;
    }

    @Override
    public Optional<Order> find(UUID id) {
        try {
            return Optional.of(orders.read(client ->
                    client.get().uri("/api/orders/{id}", id).retrieve().body(Order.class)));
        } catch (ServiceRefused refused) {
            if (refused.status() == 404) {
                return Optional.empty(); // not theirs, or none: orders does not say which
            }
            throw refused;
        }
    }

    @Override
    public List<OrderEvent> events(UUID id) {
        return orders.read(client ->
                client.get().uri("/api/orders/{id}/events", id).retrieve().body(EVENTS));
    }

    @Override
    public Page<OrderSummary> page(int page, int size) {
        return orders.read(client -> client.get()
                .uri(uri -> uri.path("/api/orders")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build())
                .retrieve()
                .body(SUMMARIES));
    }

    @Override
    public Order cancel(UUID id) {
        return orders.written(client ->
                client.post().uri("/api/orders/{id}/cancel", id).retrieve().body(Order.class));
    }
}
