package dev.agora.inventory.application.port;

import java.util.List;
import java.util.UUID;

/** The answers inventory gives the checkout saga; written in the transaction of the change they announce. */
public interface StockEvents {

    void reserved(UUID orderId);

    void reservationFailed(UUID orderId, List<UUID> unavailableProductIds);

    void released(UUID orderId, int units);

    void committed(UUID orderId);

    /** The order holds no units to sell. */
    void commitFailed(UUID orderId);
}
