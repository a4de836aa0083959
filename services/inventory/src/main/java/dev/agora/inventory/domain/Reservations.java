package dev.agora.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every order's reservation. */
public interface Reservations {

    /** The order's reservation, locked until the end of the transaction. */
    Optional<Reservation> lock(UUID orderId);

    void save(Reservation reservation);

    /** Orders whose held reservation has expired at {@code now}, oldest first. */
    List<UUID> expiredAt(Instant now, int limit);
}
