package dev.agora.mobilebff.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an order's history ({@code OrderPlaced}, {@code StockReserved}, ...), as orders keeps it. */
public record OrderEvent(String type, Instant at, @Nullable Detail data) {

    /** What the timeline tells of an event: the saga's step that started, or the reason of an end. */
    public record Detail(@Nullable String step, @Nullable String reason) {}
}
