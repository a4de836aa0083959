package dev.agora.orders.adapter.in.web;

import dev.agora.orders.domain.Money;
import dev.agora.orders.domain.Order;
import dev.agora.orders.domain.OrderLine;
import dev.agora.orders.domain.OrderStatus;
import dev.agora.orders.domain.ShippingAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as its owner sees it; {@code reason} only once it is cancelled, {@code shippingAddress} only when it was
 * placed with one.
 */
record OrderResponse(
        UUID id,
        String status,
        @Nullable String reason,
        List<ItemResponse> items,
        MoneyResponse total,
        @Nullable ShippingAddressResponse shippingAddress,
        Instant placedAt,
        Instant updatedAt) {

    static OrderResponse of(Order order) {
        return new OrderResponse(
                order.id(),
                order.status().name(),
                order.status() == OrderStatus.CANCELLED
                        ? order.reason().map(Enum::name).orElse(null)
                        : null,
                order.lines().stream().map(ItemResponse::of).toList(),
                MoneyResponse.of(order.total()),
                order.shippingAddress().map(ShippingAddressResponse::of).orElse(null),
                order.placedAt(),
                order.updatedAt());
    }

    record ItemResponse(UUID productId, int quantity, MoneyResponse unitPrice) {

        static ItemResponse of(OrderLine line) {
            return new ItemResponse(line.productId(), line.quantity(), MoneyResponse.of(line.unitPrice()));
        }
    }

    /** The copy of the address the order ships to, as orders keeps it. */
    record ShippingAddressResponse(
            UUID addressId,
            @Nullable String label,
            String recipient,
            String line1,
            @Nullable String line2,
            String postalCode,
            String city,
            String country) {

        static ShippingAddressResponse of(ShippingAddress address) {
            return new ShippingAddressResponse(
                    address.addressId(),
                    address.label(),
                    address.recipient(),
                    address.line1(),
                    address.line2(),
                    address.postalCode(),
                    address.city(),
                    address.country());
        }
    }

    /** Money on the wire: the amount as a decimal string, so no client ever parses it as a float. */
    record MoneyResponse(String amount, String currency) {

        static MoneyResponse of(Money money) {
            return new MoneyResponse(
                    money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }
}
