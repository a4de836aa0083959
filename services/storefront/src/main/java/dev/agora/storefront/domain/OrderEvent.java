package dev.agora.storefront.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of an order's checkout, as its event names it ({@code StockReserved}, {@code PaymentDeclined}...), with
 * what it says more: the step that started ({@code RESERVE_STOCK}...) or why the order is being cancelled.
 */
public record OrderEvent(String type, Instant at, @Nullable String detail) {}
