package dev.agora.mobilebff.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order in the list of the customer's orders: enough for one row. */
public record OrderSummary(
        UUID id, String status, @Nullable String reason, int itemCount, Money total, Instant placedAt) {}
