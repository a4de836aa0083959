package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.ViewOrder;
import dev.agora.storefront.domain.CancellationReason;
import dev.agora.storefront.domain.Order;
import dev.agora.storefront.domain.OrderEvent;
import dev.agora.storefront.domain.OrderStatus;
import dev.agora.storefront.domain.OrderSummary;
import dev.agora.storefront.domain.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An order as its page prints it: the status in words, prices in the customer's locale, the checkout's steps. */
public record OrderPresented(
        String id,
        String status,
        String statusWords,
        String reason,
        boolean cancellable,
        List<Line> lines,
        String total,
        String shipsTo,
        String placedAt,
        List<Step> steps) {

    static OrderPresented of(ViewOrder.Shown shown, Locale locale) {
        Order order = shown.order();
        return new OrderPresented(
                order.id().toString(),
                order.status().name(),
                statusWords(order.status()),
                order.cancellationReason().map(CancellationReason::words).orElse(""),
                order.canBeCancelled(),
                order.lines().stream()
                        .map(line -> new Line(
                                line.productId().toString(),
                                shown.names().getOrDefault(line.productId(), "Product " + line.productId()),
                                line.quantity(),
                                PriceFormat.of(line.unitPrice(), locale),
                                PriceFormat.of(
                                        new Price(
                                                line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())),
                                                line.unitPrice().currency()),
                                        locale)))
                        .toList(),
                PriceFormat.of(order.total(), locale),
                order.shipsTo() == null ? "" : order.shipsTo(),
                when(order.placedAt(), locale),
                shown.events().stream()
                        .map(event -> new Step(when(event.at(), locale), stepWords(event)))
                        .toList());
    }

    static String statusWords(OrderStatus status) {
        return switch (status) {
            case PENDING -> "Being placed";
            case CONFIRMED -> "Confirmed";
            case CANCELLED -> "Cancelled";
        };
    }

    static String when(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(at)
                + " UTC";
    }

    /** What a step of the checkout did, in words. */
    static String stepWords(OrderEvent event) {
        return switch (event.type()) {
            case "OrderPlaced" -> "Order placed";
            case "StepStarted" ->
                switch (String.valueOf(event.detail())) {
                    case "RESERVE_STOCK" -> "Reserving the stock";
                    case "AUTHORIZE_PAYMENT" -> "Asking for the payment";
                    case "CONFIRM" -> "Selling the reserved stock";
                    default -> "Next step of the checkout";
                };
            case "StockReserved" -> "Stock reserved";
            case "StockReservationFailed" -> "Out of stock";
            case "PaymentAuthorized" -> "Payment authorized";
            case "PaymentDeclined" -> "Payment declined";
            case "CompensationStarted" -> "Undoing the checkout: " + reasonWords(event.detail());
            case "CompensationRetried" -> "Undoing the checkout, asking again";
            case "StockReleased" -> "Stock given back";
            case "PaymentVoided" -> "Payment voided";
            case "StockCommitted" -> "Stock sold";
            case "StockCommitFailed" -> "The stock could not be sold";
            case "OrderConfirmed" -> "Order confirmed";
            case "OrderCancelled" -> "Order cancelled: " + reasonWords(event.detail());
            default -> event.type();
        };
    }

    private static String reasonWords(@Nullable String reason) {
        return reason == null
                ? "no reason given"
                : CancellationReason.named(reason).words();
    }

    public record Line(String productId, String name, int quantity, String unitPrice, String total) {}

    public record Step(String at, String words) {}

    /** A line of "My orders". */
    public record Summary(String id, String statusWords, String reason, int itemCount, String total, String placedAt) {

        static Summary of(OrderSummary order, Locale locale) {
            return new Summary(
                    order.id().toString(),
                    OrderPresented.statusWords(order.status()),
                    order.reason() == null ? "" : order.reason().words(),
                    order.itemCount(),
                    PriceFormat.of(order.total(), locale),
                    OrderPresented.when(order.placedAt(), locale));
        }
    }
}
