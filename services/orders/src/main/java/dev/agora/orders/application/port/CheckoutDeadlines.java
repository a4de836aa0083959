package dev.agora.orders.application.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** When each running checkout expects its next answer. */
public interface CheckoutDeadlines {

    void set(UUID orderId, Instant deadline);

    void clear(UUID orderId);

    /** Orders whose deadline has passed, earliest first. */
    List<UUID> due(Instant now, int limit);

    boolean isDue(UUID orderId, Instant now);
}
